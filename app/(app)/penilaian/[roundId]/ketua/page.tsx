import type { Metadata } from "next";
import { PanelOverviewTable } from "@/components/panel-overview-table";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { CHAIR_UNDECLARED, isChairUndeclared } from "@/lib/server/panel/access";
import { getPanelOverview } from "@/lib/server/panel/overview";
import { getRoundProgress } from "@/lib/server/round-progress";
import { RoundProgressTable } from "@/components/round-progress-table";
import { justifyDispersionAction } from "../actions";

export const metadata: Metadata = { title: "Ringkasan ketua pansel" };

export default async function ChairPage({ params }: { params: Promise<{ roundId: string }> }) {
  const actor = await requireActor();
  const { roundId } = await params;
  const loaded = await guard(
    Promise.all([getPanelOverview(actor, roundId), getRoundProgress(actor, roundId)]).catch((error: unknown) => {
      if (isChairUndeclared(error)) return null;
      throw error;
    }),
  );
  if (!loaded) {
    return (
      <>
        <PageHeader title="Ringkasan ketua pansel" actions={<LinkButton href={`/penilaian/${roundId}`}>Deklarasi konflik</LinkButton>} />
        <Card title="Deklarasi konflik dahulu">
          <p>{CHAIR_UNDECLARED}</p>
        </Card>
      </>
    );
  }
  const [overview, progress] = loaded;
  return (
    <>
      <PageHeader title="Ringkasan ketua pansel" description="Deklarasi konflik, lembar yang masuk, dan sebaran nilai. Nilai terbuka per peserta setelah semua lembarnya terkirim." actions={
          <>
            <LinkButton href={`/penilaian/${roundId}/hasil`}>Hasil</LinkButton>
            <LinkButton href={`/penilaian/${roundId}`}>Lembar saya</LinkButton>
          </>
        } />
      <div className="space-y-6">
        <Card title="Nilai pansel dan sebaran">
          <PanelOverviewTable overview={overview} justify={justifyDispersionAction.bind(null, roundId)} />
        </Card>
        <Card title={`Lembar terkirim: ${progress.submittedSheets} dari ${progress.expectedSheets}`}>
          <RoundProgressTable progress={progress} />
        </Card>
      </div>
    </>
  );
}
