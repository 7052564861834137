import { Badge } from "@/components/ui/badge";
import { ROUND_STATUS_LABELS } from "@/lib/domain/workflow/round";
import type { RoundRow } from "@/lib/server/rounds";

const TONES = { DRAFT: "neutral", SCORING: "info", FINALISED: "success", CLOSED: "neutral", CANCELLED: "danger" } as const;

export function RoundStatusBadge({ status }: { status: RoundRow["status"] }) {
  return <Badge tone={TONES[status]}>{ROUND_STATUS_LABELS[status]}</Badge>;
}
