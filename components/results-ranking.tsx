import { ResultsTable } from "@/components/results-table";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import type { ParticipantResult } from "@/lib/domain/results";
import type { Weights } from "@/lib/domain/round-config";
import { JPM_CATEGORY_LABELS, type JpmCategory } from "@/lib/domain/scoring/jpm";
import { RESULTS_PAGE_SIZE } from "@/lib/paging";
import { rankingHrefs, type ResultsQuery, type SortDir, type SortKey } from "@/lib/results-query";

type Option = { value: string; label: string };
type Props = {
  rows: ParticipantResult[];
  total: number;
  weights: Weights;
  options: { posts: Option[]; orgUnits: Option[]; categories: JpmCategory[]; boxes: number[] };
  query: ResultsQuery;
  view: { sort: SortKey; dir: SortDir; page: number };
  detailHref?: (participantId: string) => string;
  /** Ranks re-numbered over the rows this reader may see (a KETUA with declared conflicts). */
  rankAmongVisible?: boolean;
};

const ALL = { value: "", label: "Semua" };

/** The ranking as every results reader sees it: filters, sortable columns and pages, all in the
 * URL (lib/results-query.ts), so a round of hundreds of participants is never cut to one page. */
export function ResultsRanking({ rows, total, weights, options, query, view, detailHref, rankAmongVisible = false }: Props) {
  const { sortHref, pageHref } = rankingHrefs(query, view.sort, view.dir);
  return (
    <>
      <SearchForm
        search={false}
        filters={[
          { name: "jabatan", label: "Jabatan", value: query.jabatan ?? "", options: [ALL, ...options.posts] },
          { name: "opd", label: "OPD", value: query.opd ?? "", options: [ALL, ...options.orgUnits] },
          { name: "kategori", label: "Kategori JPM", value: query.kategori ?? "", options: [ALL, ...options.categories.map((c) => ({ value: c, label: JPM_CATEGORY_LABELS[c] }))] },
          { name: "kotak", label: "Nine-box", value: query.kotak ?? "", options: [ALL, ...options.boxes.map((b) => ({ value: String(b), label: `Kotak ${b}` }))] },
        ]}
      >
        {/* Filtering keeps the snapshot being read and the sort. */}
        {query.versi ? <input type="hidden" name="versi" value={query.versi} /> : null}
        {query.urut ? <input type="hidden" name="urut" value={view.sort} /> : null}
        {query.arah ? <input type="hidden" name="arah" value={view.dir} /> : null}
      </SearchForm>
      {rankAmongVisible ? (
        <p className="text-sm text-slate-700" data-testid="rank-note">
          Peringkat di antara peserta yang boleh Anda lihat: peserta yang Anda nyatakan konflik kepentingan tidak ditampilkan, dan nomor peringkat tidak menunjukkan tempat mereka.
        </p>
      ) : null}
      <ResultsTable rows={rows} weights={weights} sortHref={sortHref} sortedBy={{ key: view.sort, dir: view.dir }} detailHref={detailHref} />
      <Pagination page={view.page} pageSize={RESULTS_PAGE_SIZE} total={total} href={pageHref} />
    </>
  );
}
