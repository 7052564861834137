import type { Metadata } from "next";
import { PanelOverviewTable } from "@/components/panel-overview-table";
import { RoundProgressTable } from "@/components/round-progress-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { getPanelOverview } from "@/lib/server/panel/overview";
import { getRoundProgress } from "@/lib/server/round-progress";
import { justifyDispersionAction } from "../../../penilaian/[roundId]/actions";

export const metadata: Metadata = { title: "Progres putaran" };

export default async function RoundProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const [progress, overview] = await guard(Promise.all([getRoundProgress(actor, id), getPanelOverview(actor, id)]));
  if (progress.rows.length === 0) return <EmptyState title="Belum ada peserta" />;
  return (
    <div className="space-y-6">
      <Card title={`Lembar penilaian terkirim: ${progress.submittedSheets} dari ${progress.expectedSheets}`}>
        <RoundProgressTable progress={progress} />
      </Card>
      <Card title="Nilai pansel dan sebaran">
        <PanelOverviewTable overview={overview} justify={justifyDispersionAction.bind(null, id)} />
      </Card>
    </div>
  );
}
