import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CORE_COMPETENCIES, MANAGERIAL_COMPETENCIES } from "./competency";
import { computeRoundResults, type ParticipantInput, type RoundResultsInput } from "./results";
import type { Weights } from "./round-config";

const ALL_SIX: Weights = { WRITTEN_TEST: 10, ASSESSMENT: 30, PAPER: 15, INTERVIEW: 15, TRACK_RECORD: 15, PERFORMANCE: 15 };
const JOB_FIT: Weights = { WRITTEN_TEST: 0, ASSESSMENT: 40, PAPER: 10, INTERVIEW: 20, TRACK_RECORD: 15, PERFORMANCE: 15 };
const HALF_HALF: Weights = { WRITTEN_TEST: 0, ASSESSMENT: 50, PAPER: 50, INTERVIEW: 0, TRACK_RECORD: 0, PERFORMANCE: 0 };

// DOMAIN.md "JPM" example: 4 on the 8 managerial + 3 on Perekat Bangsa = 35; achieved 30.
const STANDARD_35 = { ...Object.fromEntries(MANAGERIAL_COMPETENCIES.map((c) => [c, 4])), PEREKAT_BANGSA: 3 };
const LEVELS_30 = { ...STANDARD_35, KOMUNIKASI: 3, PELAYANAN_PUBLIK: 3, PENGEMBANGAN_DIRI: 3, MENGELOLA_PERUBAHAN: 3, PENGAMBILAN_KEPUTUSAN: 3 };

const WITHOUT_INTEGRITAS: Record<string, number> = Object.fromEntries(Object.entries(LEVELS_30).filter(([code]) => code !== "INTEGRITAS"));

const scores = (...values: number[]) => values.map((score, i) => ({ memberId: `m${i + 1}`, score }));

function participant(id: string, overrides: Partial<ParticipantInput> = {}): ParticipantInput {
  return {
    id,
    nip: `19700101199001100${id.length}`,
    name: `Peserta ${id}`,
    postId: "post-1",
    postTitle: "Kepala Dinas",
    orgUnit: "Dinas",
    standard: STANDARD_35,
    levels: LEVELS_30,
    paperScores: scores(70, 80, 90),
    interviewScores: scores(70, 85),
    trackRecord: { superior: 80, peers: 70, subordinates: 90, sanction: "LIGHT" },
    performance: { year: 2025, contractAchievement: 70, skpRating: "BAIK" },
    writtenTest: 60,
    ...overrides,
  };
}

function run(participants: ParticipantInput[], overrides: Partial<RoundResultsInput> = {}) {
  return computeRoundResults({ weights: ALL_SIX, jpmScheme: "MS", aggregation: "mean", dispersionThreshold: 20, participants, ...overrides });
}

describe("computeRoundResults: one participant", () => {
  it("computes every component, the composite and its explanation by hand", () => {
    const [r] = run([participant("a")]).participants;
    // JPM 100 × 30 / 35 = 85.714285…; paper (70+80+90)/3 = 80; interview (70+85)/2 = 77.5;
    // track record 0.4×80 + 0.3×70 + 0.3×90 − 10 = 70; performance 0.5×70 + 0.5×83 = 76.5; test 60.
    // Composite: 30×85.7142857/100 + 15×80/100 + 15×77.5/100 + 15×70/100 + 15×76.5/100 + 10×60/100
    //          = 25.7142857 + 12 + 11.625 + 10.5 + 11.475 + 6 = 77.3142857 → 77.31.
    expect(r).toMatchObject({
      jpmRounded: 85.71,
      jpmCategory: "MS",
      assessmentCapped: false,
      components: { PAPER: 80, INTERVIEW: 77.5, TRACK_RECORD: 70, PERFORMANCE: 76.5, WRITTEN_TEST: 60 },
      missing: [],
      compositeRounded: 77.31,
      rank: 1,
      performanceBand: "MEETS",
      potentialBand: "MEDIUM",
      nineBox: 5,
      isSuccessionPool: false,
    });
    expect(r!.jpm).toBeCloseTo(600 / 7, 12);
    expect(r!.components.ASSESSMENT).toBeCloseTo(600 / 7, 12);
    expect(r!.composite).toBeCloseTo(180 / 7 + 51.6, 10);
    expect(r!.explanation.map((l) => [l.component, l.weight, l.contribution])).toEqual([
      ["ASSESSMENT", 30, expect.closeTo(180 / 7, 10)],
      ["PAPER", 15, 12],
      ["INTERVIEW", 15, 11.625],
      ["TRACK_RECORD", 15, 10.5],
      ["PERFORMANCE", 15, 11.475],
      ["WRITTEN_TEST", 10, 6],
    ]);
    const sum = r!.explanation.reduce((total, l) => total + (l.contribution ?? 0), 0);
    expect(sum).toBeCloseTo(r!.composite!, 10);
  });

  it("categorises with the round's scheme", () => {
    const [r] = run([participant("a")], { jpmScheme: "OPTIMAL" }).participants;
    expect(r!.jpmCategory).toBe("CUKUP_OPTIMAL");
  });

  it("caps a JPM above 100 at 100 in the composite but reports it as is", () => {
    const standard = Object.fromEntries(CORE_COMPETENCIES.map((c) => [c, 3])); // 27
    const levels = Object.fromEntries(CORE_COMPETENCIES.map((c) => [c, 4])); // 36
    const [r] = run([participant("a", { standard, levels })], { weights: HALF_HALF }).participants;
    expect(r).toMatchObject({ jpmRounded: 133.33, jpmCategory: "MS", assessmentCapped: true, potentialBand: "HIGH" });
    expect(r!.components.ASSESSMENT).toBe(100);
    expect(r!.composite).toBe(90); // 50×100/100 + 50×80/100
  });

  it.each([
    ["no interview sheet", { interviewScores: [] }, ["INTERVIEW"]],
    ["no 360-degree input", { trackRecord: { superior: null, peers: null, subordinates: null, sanction: "NONE" } }, ["TRACK_RECORD"]],
    ["no track record", { trackRecord: null }, ["TRACK_RECORD"]],
    ["a standard competency without a level", { levels: WITHOUT_INTEGRITAS }, ["ASSESSMENT"]],
    ["an empty standard", { standard: {} }, ["ASSESSMENT"]],
    ["no performance and no written test", { performance: null, writtenTest: null }, ["PERFORMANCE", "WRITTEN_TEST"]],
  ] as const)("%s → missing, no composite, no rank", (_label, overrides, missing) => {
    const [r] = run([participant("a", overrides as Partial<ParticipantInput>)]).participants;
    expect(r).toMatchObject({ missing, composite: null, compositeRounded: null, rank: null });
    const line = r!.explanation.find((l) => l.component === missing[0]);
    expect(line).toMatchObject({ score: null, contribution: null });
  });

  it("does not need a component that is not weighted", () => {
    const [r] = run([participant("a", { writtenTest: null })], { weights: JOB_FIT }).participants;
    expect(r).toMatchObject({ missing: [], rank: 1 });
    expect(r!.components.WRITTEN_TEST).toBeNull();
    expect(r!.explanation.map((l) => l.component)).not.toContain("WRITTEN_TEST");
  });
});

describe("computeRoundResults: panel aggregates and dispersion", () => {
  it.each([
    ["spread exactly at the threshold", [60.3, 70, 80.3], 20, false],
    ["spread just above the threshold", [60, 70, 80.01], 20.01, true],
    ["a single score", [95], 0, false],
  ])("%s", (_label, values, spread, flagged) => {
    const [r] = run([participant("a", { paperScores: scores(...values) })]).participants;
    expect(r!.dispersion.PAPER).toEqual({ spread, flagged, count: values.length });
    expect(r!.dispersion.INTERVIEW).toEqual({ spread: 15, flagged: false, count: 2 });
  });

  it("reports no dispersion for a component without scores", () => {
    const [r] = run([participant("a", { interviewScores: [] })]).participants;
    expect(r!.dispersion.INTERVIEW).toEqual({ spread: 0, flagged: false, count: 0 });
  });

  it.each([
    ["mean", 73], // (40+70+75+80+100)/5
    ["trimmed", 75], // drop 40 and 100: (70+75+80)/3
  ] as const)("aggregates 5 scores with the %s method", (aggregation, expected) => {
    const [r] = run([participant("a", { paperScores: scores(40, 70, 75, 80, 100) })], { aggregation }).participants;
    expect(r!.components.PAPER).toBe(expected);
    expect(r!.dispersion.PAPER).toEqual({ spread: 60, flagged: true, count: 5 });
  });
});

describe("computeRoundResults: ranking", () => {
  const one = { A: 5 };
  it("breaks a composite tie through the (capped) ASSESSMENT component, then NIP", () => {
    const results = run(
      [
        // composite 50×80/100 + 50×90/100 = 85
        participant("p1", { standard: one, levels: { A: 4 }, paperScores: scores(90), nip: "1" }),
        // 50×90/100 + 50×80/100 = 85, higher assessment
        participant("p2", { standard: one, levels: { A: 4.5 }, paperScores: scores(80), nip: "2" }),
        // JPM 120 counts 100: 50 + 35 = 85, ties with p4 on assessment 100, NIP decides
        participant("p3", { standard: { A: 4 }, levels: { A: 4.8 }, paperScores: scores(70), nip: "4" }),
        participant("p4", { standard: one, levels: { A: 5 }, paperScores: scores(70), nip: "3" }),
      ],
      { weights: HALF_HALF },
    );
    expect(results.participants.map((r) => [r.id, r.compositeRounded, r.rank])).toEqual([
      ["p4", 85, 1],
      ["p3", 85, 2],
      ["p2", 85, 3],
      ["p1", 85, 4],
    ]);
  });

  it("puts participants without a composite last, by name, and gives the top 3 of each post", () => {
    const paper = (score: number) => ({ paperScores: scores(score) });
    const results = run(
      [
        participant("a1", paper(60)),
        participant("a2", paper(70)),
        participant("a3", paper(80)),
        participant("a4", paper(90)),
        participant("a5", paper(50)),
        participant("b1", { postId: "post-2", paperScores: [], name: "Zainal" }),
        participant("b2", { postId: "post-2", paperScores: [], name: "Ani" }),
        participant("c1", { postId: null, ...paper(75) }),
      ],
      { weights: HALF_HALF },
    );
    expect(results.participants.map((r) => [r.id, r.rank])).toEqual([
      ["a4", 1],
      ["a3", 2],
      ["c1", 3],
      ["a2", 4],
      ["a1", 5],
      ["a5", 6],
      ["b2", null],
      ["b1", null],
    ]);
    expect(results.topByPost).toEqual({ "post-1": ["a4", "a3", "a2"], "post-2": [] });
  });

  it("keeps a post id like __proto__ as data", () => {
    const { topByPost } = run([participant("a", { postId: "__proto__" })]);
    expect(Object.keys(topByPost)).toEqual(["__proto__"]);
    expect(Object.getOwnPropertyDescriptor(topByPost, "__proto__")?.value).toEqual(["a"]);
  });
});

describe("computeRoundResults: nine-box", () => {
  const perf = {
    ABOVE: { year: 2025, contractAchievement: 100, skpRating: "SANGAT_BAIK" }, // 97.75
    MEETS: { year: 2025, contractAchievement: 70, skpRating: "BAIK" }, // 76.5
    BELOW: { year: 2025, contractAchievement: 40, skpRating: "KURANG" }, // 47.75
  } as const;
  const level = { HIGH: 4.5, MEDIUM: 4, LOW: 3.5 } as const; // JPM 90, 80, 70 against a standard of 5

  it.each([
    ["BELOW", "LOW", 1, false],
    ["MEETS", "LOW", 2, false],
    ["BELOW", "MEDIUM", 3, false],
    ["ABOVE", "LOW", 4, false],
    ["MEETS", "MEDIUM", 5, false],
    ["BELOW", "HIGH", 6, false],
    ["ABOVE", "MEDIUM", 7, true],
    ["MEETS", "HIGH", 8, true],
    ["ABOVE", "HIGH", 9, true],
  ] as const)("performance %s × potential %s → box %i", (performance, potential, box, pool) => {
    const p = participant("a", { standard: { A: 5 }, levels: { A: level[potential] }, performance: perf[performance] });
    const [r] = run([p]).participants;
    expect(r).toMatchObject({ performanceBand: performance, potentialBand: potential, nineBox: box, isSuccessionPool: pool });
  });

  it("uses the round's cut-offs and needs both axes", () => {
    const p = participant("a", { standard: { A: 5 }, levels: { A: 4 } }); // JPM 80, performance 76.5
    const cutoffs = { potentialCutoffs: { high: 80, medium: 70 }, performanceCutoffs: { above: 76.5, meets: 60 } };
    expect(run([p], cutoffs).participants[0]).toMatchObject({ nineBox: 9, isSuccessionPool: true });
    expect(run([{ ...p, performance: null }]).participants[0]).toMatchObject({ performanceBand: null, nineBox: null, isSuccessionPool: false });
    expect(run([{ ...p, levels: {} }]).participants[0]).toMatchObject({ potentialBand: null, nineBox: null });
  });
});

describe("computeRoundResults: input", () => {
  it("returns empty results for no participants", () => {
    expect(run([])).toEqual({ participants: [], topByPost: {} });
  });

  it.each([
    ["weights summing to 99", { ...ALL_SIX, WRITTEN_TEST: 9 }],
    ["a negative weight", { ...ALL_SIX, WRITTEN_TEST: -10, ASSESSMENT: 50 }],
  ])("throws on %s, even with no participant to score", (_label, weights) => {
    expect(() => run([], { weights })).toThrow(RangeError);
  });

  it("throws on duplicate participant ids", () => {
    expect(() => run([participant("a"), participant("a")])).toThrow(RangeError);
  });

  it("leaves the input untouched", () => {
    const input = [participant("a"), participant("b", { interviewScores: [] })];
    const copy = structuredClone(input);
    run(input);
    expect(input).toEqual(copy);
  });

  // Few distinct values so ties (and missing components) actually happen.
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { freq: 4 });
  const participantArb = fc.record({
    name: fc.constantFrom("Ani", "Budi", "ani", "Citra"),
    nip: fc.constantFrom("196801012000031001", "197501012000031002"),
    postId: fc.constantFrom("post-1", "post-2", null),
    levels: fc.record({ A: fc.constantFrom(3, 4, 5), B: fc.constantFrom(3, 4) }, { requiredKeys: ["B"] }),
    paper: fc.array(fc.constantFrom(60, 75, 90), { maxLength: 5 }),
    interview: fc.array(fc.constantFrom(60, 75, 90), { maxLength: 5 }),
    superior: maybe(fc.constantFrom(70, 80)),
    performance: maybe(fc.constantFrom(60, 100)),
    writtenTest: maybe(fc.constantFrom(50, 80)),
  });
  const cohortArb = fc
    .array(participantArb, { maxLength: 12 })
    .map((rows) =>
      rows.map(
        (r, i): ParticipantInput =>
          participant(`p${i}`, {
            name: r.name,
            nip: r.nip,
            postId: r.postId,
            standard: { A: 4, B: 4 },
            levels: r.levels,
            paperScores: scores(...r.paper),
            interviewScores: scores(...r.interview),
            trackRecord: { superior: r.superior, peers: null, subordinates: null, sanction: "NONE" },
            performance: r.performance === null ? null : { year: 2025, contractAchievement: r.performance, skpRating: "BAIK" },
            writtenTest: r.writtenTest,
          }),
      ),
    );

  it("does not depend on the order of the participants", () => {
    fc.assert(
      fc.property(
        cohortArb.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        fc.constantFrom<"mean" | "trimmed">("mean", "trimmed"),
        ([rows, shuffled], aggregation) => {
          expect(run(shuffled, { aggregation })).toEqual(run(rows, { aggregation }));
        },
      ),
    );
  });

  it("ranks exactly the participants with a composite, 1..k, before the others", () => {
    fc.assert(
      fc.property(cohortArb, (rows) => {
        const { participants, topByPost } = run(rows, { weights: JOB_FIT });
        const ranks = participants.map((r) => r.rank);
        const k = participants.filter((r) => r.composite !== null).length;
        expect(ranks).toEqual([...Array.from({ length: k }, (_, i) => i + 1), ...Array(rows.length - k).fill(null)]);
        for (const r of participants) expect(r.missing.length === 0).toBe(r.composite !== null);
        for (const ids of Object.values(topByPost)) expect(ids.length).toBeLessThanOrEqual(3);
      }),
    );
  });
});
