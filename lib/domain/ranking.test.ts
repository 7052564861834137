import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RankInput, rankParticipants } from "./ranking";

const row = (id: string, composite: number, assessment = 70, trackRecord = 70, nip = `19700101199001100${id.length}`): RankInput => ({
  id,
  nip,
  composite,
  assessment,
  trackRecord,
});

describe("rankParticipants", () => {
  it.each([
    ["composite descending", [row("a", 70), row("b", 90), row("c", 80)], ["b", "c", "a"]],
    ["tie on composite → assessment", [row("a", 80, 70), row("b", 80, 75)], ["b", "a"]],
    ["tie on assessment → track record", [row("a", 80, 75, 60), row("b", 80, 75, 65)], ["b", "a"]],
    [
      "tie on everything → NIP ascending",
      [row("a", 80, 75, 65, "197501012000031002"), row("b", 80, 75, 65, "196801012000031001")],
      ["b", "a"],
    ],
    [
      "NIP compared without spaces",
      [row("a", 80, 75, 65, "19750101 200003 1 002"), row("b", 80, 75, 65, "197501012000031001")],
      ["b", "a"],
    ],
    ["composite 80.01 beats 80.00", [row("a", 80, 99), row("b", 80.01, 1)], ["b", "a"]],
    ["float noise is a tie", [row("a", 0.1 + 0.2, 70), row("b", 0.3, 80)], ["b", "a"]],
    ["large values keep their order", [row("a", 5), row("b", 2e6)], ["b", "a"]],
    ["negative values keep their order", [row("a", -2e6), row("b", -5)], ["b", "a"]],
    ["duplicate NIPs fall back to id", [row("b", 80, 75, 65, "x"), row("a", 80, 75, 65, "x")], ["a", "b"]],
  ])("%s", (_label, rows, expectedIds) => {
    const ranked = rankParticipants(rows);
    expect(ranked.map((r) => r.id)).toEqual(expectedIds);
    expect(ranked.map((r) => r.rank)).toEqual(expectedIds.map((_, i) => i + 1));
  });

  it("returns an empty list for no rows and leaves the input untouched", () => {
    expect(rankParticipants([])).toEqual([]);
    const input = [row("a", 70), row("b", 90)];
    const copy = structuredClone(input);
    rankParticipants(input);
    expect(input).toEqual(copy);
  });

  it("keeps extra fields of the rows", () => {
    const [first] = rankParticipants([{ ...row("a", 70), name: "Budi" }]);
    expect(first).toMatchObject({ id: "a", name: "Budi", rank: 1 });
  });

  it("throws on a non-finite score", () => {
    expect(() => rankParticipants([row("a", Number.NaN)])).toThrow(RangeError);
  });

  // Few distinct values so ties on every key actually happen.
  const score = fc.constantFrom(60, 70, 75.5, 80, 90);
  const rowsArb = fc
    .array(fc.record({ composite: score, assessment: score, trackRecord: score, nip: fc.constantFrom("1", "2", "3") }), {
      maxLength: 25,
    })
    .map((rs) => rs.map((r, i) => ({ ...r, id: `p${String(i).padStart(2, "0")}` })));

  it("is a total order: ranks 1..n and each adjacent pair correctly ordered", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const ranked = rankParticipants(rows);
        expect(ranked.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
        expect(new Set(ranked.map((r) => r.id)).size).toBe(rows.length);
        for (let i = 1; i < ranked.length; i++) {
          const a = ranked[i - 1]!;
          const b = ranked[i]!;
          const key = (r: RankInput) => [-r.composite, -r.assessment, -r.trackRecord] as const;
          const [ka, kb] = [key(a), key(b)];
          const cmp = ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || (a.nip === b.nip ? (a.id < b.id ? -1 : 1) : a.nip < b.nip ? -1 : 1);
          expect(cmp).toBeLessThan(0);
        }
      }),
    );
  });

  it("does not depend on the input order", () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        ([rows, shuffled]) => {
          expect(rankParticipants(shuffled).map((r) => [r.id, r.rank])).toEqual(rankParticipants(rows).map((r) => [r.id, r.rank]));
        },
      ),
    );
  });
});
