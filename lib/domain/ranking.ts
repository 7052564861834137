export type RankInput = {
  id: string;
  nip: string;
  composite: number;
  assessment: number;
  trackRecord: number;
};

export type Ranked<T extends RankInput> = T & { rank: number };

/** How many top-ranked participants per post go to the head of region (DOMAIN.md "Ranking"). */
export const TOP_CANDIDATES_PER_POST = 3;

// Scores are compared after rounding to 9 decimals so that binary noise (a composite of
// 80.00000000000001 against one of 80) never decides a rank; real score differences are at least
// 0.01. The grid is transitive, unlike an epsilon comparison, so the order stays total. Every
// value goes through the same scaling (multiplying and rounding are both monotone), so keys of
// any magnitude keep the order of their values.
const SCALE = 1e9;
function sortKey(value: number, field: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${field} must be a finite number`);
  return Math.round(value * SCALE);
}

type Keyed<T> = { row: T; composite: number; assessment: number; trackRecord: number; nip: string };

function compareKeyed<T extends RankInput>(a: Keyed<T>, b: Keyed<T>): number {
  if (a.composite !== b.composite) return b.composite - a.composite;
  if (a.assessment !== b.assessment) return b.assessment - a.assessment;
  if (a.trackRecord !== b.trackRecord) return b.trackRecord - a.trackRecord;
  if (a.nip !== b.nip) return a.nip < b.nip ? -1 : 1;
  if (a.row.id !== b.row.id) return a.row.id < b.row.id ? -1 : 1;
  return 0;
}

/**
 * Ranks participants by composite score descending; ties broken by assessment descending, then
 * track record descending, then NIP ascending (DOMAIN.md "Ranking", the default tie-break order),
 * and finally by id so that even duplicated NIPs give one answer. The order is total and does not
 * depend on the input order; ranks are 1..n with no shared ranks. Returns new objects, input
 * untouched. NIPs are compared without spaces, by code unit. Source: no regulation fixes a
 * tie-break; the order is the product's default (DOMAIN.md "Ranking"), so that the three names
 * put to the PPK (UU 5/2014 art. 108; PermenPANRB 15/2019) never depend on chance.
 */
export function rankParticipants<T extends RankInput>(rows: readonly T[]): Ranked<T>[] {
  const keyed: Keyed<T>[] = rows.map((row) => ({
    row,
    composite: sortKey(row.composite, "composite"),
    assessment: sortKey(row.assessment, "assessment"),
    trackRecord: sortKey(row.trackRecord, "trackRecord"),
    nip: row.nip.replace(/\s+/g, ""),
  }));
  keyed.sort(compareKeyed);
  return keyed.map(({ row }, index) => ({ ...row, rank: index + 1 }));
}
