import type { Metadata } from "next";
import { FinaliseCard } from "@/components/finalise-card";
import { ResultsRanking } from "@/components/results-ranking";
import { SnapshotVersionBanner } from "@/components/snapshot-version-banner";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { parseResultsQuery, type ResultsQuery } from "@/lib/results-query";
import { getResults } from "@/lib/server/results/view";
import { finaliseAction } from "@/app/(app)/putaran/[id]/hasil/actions";

export const metadata: Metadata = { title: "Hasil (ketua pansel)" };

/** The KETUA's view of the results: finalise when ready, then the frozen ranking, paged and
 * sorted like the BKD's (the round's pages under /putaran need round:read, which a panel member
 * does not have). */
export default async function ChairResultsPage({ params, searchParams }: { params: Promise<{ roundId: string }>; searchParams: Promise<ResultsQuery> }) {
  const actor = await requireActor();
  const { roundId } = await params;
  const query = await searchParams;
  const { filters, sort, dir, page, version } = parseResultsQuery(query);
  const results = await guard(getResults(actor, roundId, filters, version));
  return (
    <>
      <PageHeader title={`Hasil: ${results.round.name}`} actions={<LinkButton href={`/penilaian/${roundId}/ketua`}>Ringkasan ketua</LinkButton>} />
      {results.snapshot ? (
        <div className="space-y-4">
          <SnapshotVersionBanner number={results.snapshot.number} latest={results.latestNumber} latestHref={`/penilaian/${roundId}/hasil`} />
          <ResultsRanking rows={results.rows} total={results.total} weights={results.snapshot.weights} options={results.options!} query={query} view={{ sort, dir, page }} rankAmongVisible={results.rankAmongVisible} />
        </div>
      ) : (
        <FinaliseCard status={results.round.status} blockers={results.blockers} withheld={results.withheld} finalise={results.isChair ? finaliseAction.bind(null, roundId) : undefined} />
      )}
    </>
  );
}
