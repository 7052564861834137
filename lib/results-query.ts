// The results ranking's URL (filters, sort, page, snapshot version): one reading of it for the
// BKD/Sekda pages and the KETUA's page, so the same link means the same view on both.

export const SORT_KEYS = ["rank", "name", "composite", "ASSESSMENT", "PAPER", "INTERVIEW", "TRACK_RECORD", "PERFORMANCE", "WRITTEN_TEST", "jpm"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";
export type ResultsFilters = { post?: string; orgUnit?: string; category?: string; box?: string; sort?: SortKey; dir?: SortDir; page?: number };
export type ResultsQuery = Record<string, string | undefined>;

/** Rank and name read best ascending; scores best first. */
export function defaultDir(key: SortKey): SortDir {
  return key === "rank" || key === "name" ? "asc" : "desc";
}

/** The snapshot asked for: undefined for the latest, otherwise a number the service checks (a
 * value that is not a whole number becomes NaN, which no snapshot has, rather than the latest). */
export function parseVersion(versi: string | undefined): number | undefined {
  if (versi === undefined || versi === "") return undefined;
  return /^\d+$/.test(versi) ? Number(versi) : Number.NaN;
}

export function parseResultsQuery(query: ResultsQuery) {
  const sort: SortKey = (SORT_KEYS as readonly string[]).includes(query.urut ?? "") ? (query.urut as SortKey) : "rank";
  const dir: SortDir = query.arah === "asc" || query.arah === "desc" ? query.arah : defaultDir(sort);
  const page = Math.max(1, Math.floor(Number(query.halaman)) || 1);
  const filters: ResultsFilters = { post: query.jabatan || undefined, orgUnit: query.opd || undefined, category: query.kategori || undefined, box: query.kotak || undefined, sort, dir, page };
  return { filters, sort, dir, page, version: parseVersion(query.versi) };
}

/** `?versi=n` to carry an earlier snapshot across the results pages; empty for the latest. */
export function versionQuery(versi: string | undefined): string {
  return versi ? `?versi=${encodeURIComponent(versi)}` : "";
}

/** Links that keep the rest of the query: sorting by a column (toggling the direction when it is
 * already the sort, back to page 1) and moving between pages. */
export function rankingHrefs(query: ResultsQuery, sort: SortKey, dir: SortDir) {
  const base = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
  return {
    sortHref: (key: string) => {
      const next = new URLSearchParams(base);
      next.set("urut", key);
      next.set("arah", sort === key ? (dir === "asc" ? "desc" : "asc") : defaultDir(key as SortKey));
      next.delete("halaman");
      return `?${next}`;
    },
    pageHref: (p: number) => {
      const next = new URLSearchParams(base);
      next.set("halaman", String(p));
      return `?${next}`;
    },
  };
}
