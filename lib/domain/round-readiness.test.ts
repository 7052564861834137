import { describe, expect, it } from "vitest";
import { DEFAULT_RUBRIC, WEIGHT_PRESETS } from "./round-config";
import { applicantShortfalls, effectiveMinApplicants, scoringReadiness, uncoveredReasons, type ReadinessInput } from "./round-readiness";

const member = (internal: boolean, role: "KETUA" | "ANGGOTA" = "ANGGOTA", hasAccount = true, i = 0) => ({
  name: `Anggota ${i + 1}`,
  internal,
  role,
  hasAccount,
  decreeNumber: "800.1.3/410/BKD/2026",
});
const panelOf = (internal: number, size: number) =>
  Array.from({ length: size }, (_, i) => member(i < internal, i === size - 1 ? "KETUA" : "ANGGOTA", true, i));

const eligible = { name: "Andi", reasons: [], storedReasons: [], overrideReason: null };
const overridden = { name: "Budi", reasons: ["TENURE_UNDER_2_YEARS"], storedReasons: ["TENURE_UNDER_2_YEARS"], overrideReason: "Persetujuan Mendagri No. 100.2.2.6/123" } as const;

const ready: ReadinessInput = {
  positions: 2,
  participants: [eligible, overridden],
  panel: panelOf(3, 7),
  weights: WEIGHT_PRESETS[0]!.weights,
  rubric: DEFAULT_RUBRIC,
};
const codes = (input: ReadinessInput) => scoringReadiness(input).map((p) => p.code);

describe("scoringReadiness", () => {
  it("is empty for a ready round", () => {
    expect(scoringReadiness(ready)).toEqual([]);
  });

  it.each([
    [3, 7, []],
    [4, 7, ["INTERNAL_OVER_45_PERCENT"]], // 4/7 = 57 %
    [2, 5, []],
    [3, 5, ["INTERNAL_OVER_45_PERCENT"]],
    [0, 4, ["SIZE_OUT_OF_RANGE", "EVEN_SIZE"]],
  ])("checks the panel composition: %i internal of %i", (internal, size, problems) => {
    expect(codes({ ...ready, panel: panelOf(internal, size) })).toEqual(problems);
  });

  it("needs exactly one chair and one member who can score", () => {
    const noChair = ready.panel.map((m) => ({ ...m, role: "ANGGOTA" as const }));
    expect(codes({ ...ready, panel: noChair })).toEqual(["CHAIR_COUNT"]);
    const twoChairs = ready.panel.map((m, i) => ({ ...m, role: i < 2 ? ("KETUA" as const) : ("ANGGOTA" as const) }));
    expect(codes({ ...ready, panel: twoChairs })).toEqual(["CHAIR_COUNT"]);
    expect(codes({ ...ready, panel: ready.panel.map((m) => ({ ...m, hasAccount: false })) })).toEqual(["CHAIR_WITHOUT_ACCOUNT", "NO_SCORING_MEMBER"]);
  });

  it("needs a chair with an account, who can do the chair's duties", () => {
    const externalChair = ready.panel.map((m) => (m.role === "KETUA" ? { ...m, hasAccount: false } : m));
    expect(scoringReadiness({ ...ready, panel: externalChair })).toEqual([{ code: "CHAIR_WITHOUT_ACCOUNT", label: expect.stringContaining("Ketua pansel harus anggota yang memiliki akun") }]);
    const accountChair = ready.panel.map((m, i) => ({ ...m, hasAccount: i === ready.panel.length - 1 }));
    expect(codes({ ...ready, panel: accountChair })).toEqual([]);
  });

  it.each([[""], ["   "]])("needs the decree number of every member (%j is missing)", (decreeNumber) => {
    const panel = ready.panel.map((m, i) => (i === 0 || i === 4 ? { ...m, decreeNumber } : m));
    expect(scoringReadiness({ ...ready, panel })).toEqual([{ code: "DECREE_MISSING", label: "Nomor SK pansel belum diisi untuk: Anggota 1, Anggota 5." }]);
  });

  it("rejects weights summing to 99 and a weighted component without rubric", () => {
    expect(codes({ ...ready, weights: { ...ready.weights, ASSESSMENT: 39 } })).toEqual(["WEIGHTS_NOT_100"]);
    expect(codes({ ...ready, rubric: { ...DEFAULT_RUBRIC, PAPER: [] } })).toEqual(["RUBRIC_MISSING"]);
    const noPaper = { ...ready.weights, PAPER: 0, ASSESSMENT: 50 };
    expect(codes({ ...ready, weights: noPaper, rubric: { ...DEFAULT_RUBRIC, PAPER: [] } })).toEqual([]);
  });

  it("needs posts and participants", () => {
    expect(codes({ ...ready, positions: 0, participants: [] })).toEqual(["NO_POSITIONS", "NO_PARTICIPANTS"]);
  });

  it("names every participant ineligible now without an override that covers it", () => {
    const participants = [
      eligible,
      { name: "Citra", reasons: ["TENURE_UNDER_2_YEARS"], storedReasons: ["TENURE_UNDER_2_YEARS"], overrideReason: "  " },
      { name: "Dewi", reasons: ["BLACKOUT_WINDOW"], storedReasons: [], overrideReason: null },
      overridden,
    ] as const;
    expect(scoringReadiness({ ...ready, participants })).toEqual([
      {
        code: "INELIGIBLE_WITHOUT_REASON",
        label:
          "Peserta berikut tidak memenuhi syarat tanpa alasan pengecualian: Citra (Belum 2 tahun sejak pelantikan dalam jabatan ini (UU 5/2014 Pasal 116 ayat (1))), " +
          "Dewi (Tanggal acuan berada dalam masa larangan penggantian pejabat tanpa persetujuan Mendagri (UU 10/2016 Pasal 71 dan 162)). Isi alasan pengecualian pada langkah Peserta.",
      },
    ]);
  });
});

describe("uncoveredReasons", () => {
  it.each([
    ["eligible then and now", [], [], null, []],
    ["eligible when added, a blackout since", ["BLACKOUT_WINDOW"], [], null, ["BLACKOUT_WINDOW"]],
    ["overridden for tenure, still only tenure", ["TENURE_UNDER_2_YEARS"], ["TENURE_UNDER_2_YEARS"], "SK", []],
    ["overridden for tenure, a blackout since", ["TENURE_UNDER_2_YEARS", "BLACKOUT_WINDOW"], ["TENURE_UNDER_2_YEARS"], "SK", ["BLACKOUT_WINDOW"]],
    ["ineligible when added, eligible now (date corrected)", [], ["TENURE_UNDER_2_YEARS"], null, []],
    ["stored reasons without an override cover nothing", ["TENURE_UNDER_2_YEARS"], ["TENURE_UNDER_2_YEARS"], null, ["TENURE_UNDER_2_YEARS"]],
    ["a blank override covers nothing", ["AGE_OVER_LIMIT"], ["AGE_OVER_LIMIT"], " ", ["AGE_OVER_LIMIT"]],
  ] as const)("%s", (_name, reasons, storedReasons, overrideReason, expected) => {
    expect(uncoveredReasons({ reasons, storedReasons, overrideReason })).toEqual(expected);
  });
});

describe("applicantShortfalls", () => {
  const posts = [0, 1, 3, 4, 5].map((participants) => ({ title: `Jabatan ${participants}`, participants }));

  it.each([
    [undefined, [0, 1, 3]], // default minimum 4: 3 is short, 4 is enough
    [4, [0, 1, 3]],
    [1, [0]],
    [5, [0, 1, 3, 4]],
    [6, [0, 1, 3, 4, 5]],
  ])("with minimum %s lists the posts with fewer applicants", (minimum, short) => {
    expect(applicantShortfalls(posts, minimum).map((p) => p.participants)).toEqual(short);
  });

  it("rejects a minimum that is not a positive integer", () => {
    expect(() => applicantShortfalls(posts, 0)).toThrow(RangeError);
    expect(() => applicantShortfalls(posts, 2.5)).toThrow(RangeError);
  });
});

describe("effectiveMinApplicants", () => {
  it.each([
    [1, 1], // lowest allowed
    [4, 4],
    [50, 50], // highest allowed
    [0, 4],
    [-1, 4],
    [51, 4],
    [2.5, 4],
    [Number.NaN, 4],
  ])("a stored minimum of %d gives %d", (stored, expected) => {
    expect(effectiveMinApplicants(stored)).toBe(expected);
  });

  it("never hands applicantShortfalls a minimum it refuses", () => {
    for (const stored of [-5, -1, 0, 0.5, 1, 7, 50, 51, 1e9]) expect(() => applicantShortfalls([], effectiveMinApplicants(stored))).not.toThrow();
  });
});
