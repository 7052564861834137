import type { ReactNode } from "react";
import { RoundStatusBadge } from "@/components/round-status-badge";
import { LinkButton } from "@/components/ui/button";
import { DownloadLink } from "@/components/ui/download-link";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { formatIsoDate } from "@/lib/iso-date";
import { ROUND_TYPE_LABELS } from "@/lib/labels";
import { getRoundSummary } from "@/lib/server/rounds";
import { RoundTabs } from "./round-tabs";

export default async function RoundLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const round = await guard(getRoundSummary(actor, id));
  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{round.name}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            {ROUND_TYPE_LABELS[round.type]} · tanggal acuan {formatIsoDate(round.referenceDate)} <RoundStatusBadge status={round.status} />
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <DownloadLink href={`/putaran/${id}/ekspor`}>Unduh peserta (XLSX)</DownloadLink>
          {can(actor.role, "import:run") && (round.status === "DRAFT" || round.status === "SCORING") ? (
            <LinkButton href={`/impor/asesmen?putaran=${id}`}>Impor hasil asesmen</LinkButton>
          ) : null}
        </div>
      </div>
      <RoundTabs roundId={id} />
      {children}
    </>
  );
}
