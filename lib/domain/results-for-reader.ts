// What a results reader who may not see some participants is shown (ADR 0012: a KETUA sees
// nothing of the participants they declared a conflict with). Leaving their rows out is not
// enough: the ranks of the others would have a gap at the hidden participant's place, and a
// post's top 3 would have a hole (or, complete, would tell that the hidden one is not in it).

import type { ParticipantResult, RoundResults } from "./results";

export type ResultsForReader = {
  /** The participants shown, in ranking order. */
  participants: ParticipantResult[];
  /** True when ranks were re-numbered 1..n over the participants shown: they are ranks among
   * those, not the round's. */
  rankAmongVisible: boolean;
  /** Post id → its top candidates, or null when withheld: the post has a hidden participant. */
  topByPost: Record<string, string[] | null>;
};

/** How a re-numbered rank is named beside it. */
export const RANK_AMONG_VISIBLE = "peringkat di antara peserta yang boleh Anda lihat";

export function resultsForReader(results: RoundResults, hidden: ReadonlySet<string>): ResultsForReader {
  if (!results.participants.some((p) => hidden.has(p.id))) {
    return { participants: results.participants, rankAmongVisible: false, topByPost: results.topByPost };
  }
  let rank = 0;
  const participants = results.participants
    .filter((p) => !hidden.has(p.id))
    .map((p) => (p.rank === null ? p : { ...p, rank: ++rank }));
  const postsWithHidden = new Set(results.participants.filter((p) => hidden.has(p.id) && p.postId !== null).map((p) => p.postId));
  // A Map first: post ids are data, and a plain object would mishandle "__proto__".
  const topByPost = new Map(Object.entries(results.topByPost).map(([postId, top]) => [postId, postsWithHidden.has(postId) ? null : top]));
  return { participants, rankAmongVisible: true, topByPost: Object.fromEntries(topByPost) };
}
