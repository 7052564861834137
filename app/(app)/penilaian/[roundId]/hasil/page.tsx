import type { Metadata } from "next";
import { FinaliseCard } from "@/components/finalise-card";
import { ResultsTable } from "@/components/results-table";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { getResults } from "@/lib/server/results/view";
import { finaliseAction } from "@/app/(app)/putaran/[id]/hasil/actions";

export const metadata: Metadata = { title: "Hasil (ketua pansel)" };

/** The KETUA's view of the results: finalise when ready, then the frozen ranking. */
export default async function ChairResultsPage({ params }: { params: Promise<{ roundId: string }> }) {
  const actor = await requireActor();
  const { roundId } = await params;
  const results = await guard(getResults(actor, roundId));
  return (
    <>
      <PageHeader title={`Hasil: ${results.round.name}`} actions={<LinkButton href={`/penilaian/${roundId}/ketua`}>Ringkasan ketua</LinkButton>} />
      {results.snapshot ? (
        <ResultsTable rows={results.rows} weights={results.snapshot.data.weights} />
      ) : (
        <FinaliseCard status={results.round.status} blockers={results.blockers} finalise={results.isChair ? finaliseAction.bind(null, roundId) : undefined} />
      )}
    </>
  );
}
