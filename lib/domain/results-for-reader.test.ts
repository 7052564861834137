import { describe, expect, it } from "vitest";
import type { ParticipantResult, RoundResults } from "./results";
import { resultsForReader } from "./results-for-reader";

// Only id, rank and post matter to the rule.
const row = (id: string, rank: number | null, postId: string | null) => ({ id, rank, postId }) as ParticipantResult;

// Ranked a..e (posts X: a, c, d, e; Y: b), then u (post X) without a composite, then w (no post).
const results: RoundResults = {
  participants: [row("a", 1, "X"), row("b", 2, "Y"), row("c", 3, "X"), row("d", 4, "X"), row("e", 5, "X"), row("u", null, "X"), row("w", null, null)],
  topByPost: { X: ["a", "c", "d"], Y: ["b"] },
};
const view = (hidden: string[]) => {
  const shown = resultsForReader(results, new Set(hidden));
  return { ranks: shown.participants.map((p) => `${p.id}${p.rank ?? "-"}`).join(" "), among: shown.rankAmongVisible, top: shown.topByPost };
};

describe("resultsForReader", () => {
  it.each([
    ["nobody hidden: the round's ranks and lists", [], "a1 b2 c3 d4 e5 u- w-", false, { X: ["a", "c", "d"], Y: ["b"] }],
    ["a hidden id that is not in the results changes nothing", ["zz"], "a1 b2 c3 d4 e5 u- w-", false, { X: ["a", "c", "d"], Y: ["b"] }],
    ["the first hidden: no gap at 1", ["a"], "b1 c2 d3 e4 u- w-", true, { X: null, Y: ["b"] }],
    ["a middle one hidden: no gap at 2", ["b"], "a1 c2 d3 e4 u- w-", true, { X: ["a", "c", "d"], Y: null }],
    ["the last ranked hidden: the count alone tells nothing", ["e"], "a1 b2 c3 d4 u- w-", true, { X: null, Y: ["b"] }],
    // Not in the top 3, still withheld: a complete list would tell they are not in it.
    ["one outside the post's top 3 hidden", ["d"], "a1 b2 c3 e4 u- w-", true, { X: null, Y: ["b"] }],
    ["an unranked one hidden: ranks stay, the post's list is withheld", ["u"], "a1 b2 c3 d4 e5 w-", true, { X: null, Y: ["b"] }],
    ["one without a post hidden: the lists stay", ["w"], "a1 b2 c3 d4 e5 u-", true, { X: ["a", "c", "d"], Y: ["b"] }],
    ["several hidden", ["a", "c"], "b1 d2 e3 u- w-", true, { X: null, Y: ["b"] }],
    ["everyone hidden", ["a", "b", "c", "d", "e", "u", "w"], "", true, { X: null, Y: null }],
  ])("%s", (_case, hidden, ranks, among, top) => {
    expect(view(hidden)).toEqual({ ranks, among, top });
  });

  it("shows ranks 1..n without gaps whoever is hidden", () => {
    const ids = results.participants.map((p) => p.id);
    for (let mask = 0; mask < 1 << ids.length; mask++) {
      const hidden = ids.filter((_, i) => mask & (1 << i));
      const ranks = resultsForReader(results, new Set(hidden)).participants.flatMap((p) => (p.rank === null ? [] : [p.rank]));
      expect(ranks).toEqual(ranks.map((_, i) => i + 1));
    }
  });

  it("leaves the round's results unchanged", () => {
    const before = JSON.stringify(results);
    resultsForReader(results, new Set(["b"]));
    expect(JSON.stringify(results)).toBe(before);
  });
});
