import { describe, expect, it } from "vitest";
import { DEFAULT_RUBRIC, WEIGHT_PRESETS } from "./round-config";
import { applicantShortfalls, scoringReadiness, type ReadinessInput } from "./round-readiness";

const member = (internal: boolean, role: "KETUA" | "ANGGOTA" = "ANGGOTA", hasAccount = true) => ({ internal, role, hasAccount });
const panelOf = (internal: number, size: number) =>
  Array.from({ length: size }, (_, i) => member(i < internal, i === size - 1 ? "KETUA" : "ANGGOTA"));

const ready: ReadinessInput = {
  positions: 2,
  participants: [{ eligible: true, overrideReason: null }, { eligible: false, overrideReason: "Persetujuan Mendagri No. 100.2.2.6/123" }],
  panel: panelOf(3, 7),
  weights: WEIGHT_PRESETS[0]!.weights,
  rubric: DEFAULT_RUBRIC,
};

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
    expect(scoringReadiness({ ...ready, panel: panelOf(internal, size) })).toEqual(problems);
  });

  it("needs exactly one chair and one member who can score", () => {
    const noChair = ready.panel.map((m) => ({ ...m, role: "ANGGOTA" as const }));
    expect(scoringReadiness({ ...ready, panel: noChair })).toEqual(["CHAIR_COUNT"]);
    const twoChairs = ready.panel.map((m, i) => ({ ...m, role: i < 2 ? ("KETUA" as const) : ("ANGGOTA" as const) }));
    expect(scoringReadiness({ ...ready, panel: twoChairs })).toEqual(["CHAIR_COUNT"]);
    expect(scoringReadiness({ ...ready, panel: ready.panel.map((m) => ({ ...m, hasAccount: false })) })).toEqual(["NO_SCORING_MEMBER"]);
  });

  it("rejects weights summing to 99 and a weighted component without rubric", () => {
    expect(scoringReadiness({ ...ready, weights: { ...ready.weights, ASSESSMENT: 39 } })).toEqual(["WEIGHTS_NOT_100"]);
    expect(scoringReadiness({ ...ready, rubric: { ...DEFAULT_RUBRIC, PAPER: [] } })).toEqual(["RUBRIC_MISSING"]);
    const noPaper = { ...ready.weights, PAPER: 0, ASSESSMENT: 50 };
    expect(scoringReadiness({ ...ready, weights: noPaper, rubric: { ...DEFAULT_RUBRIC, PAPER: [] } })).toEqual([]);
  });

  it("needs posts and participants, and a reason for every ineligible one", () => {
    expect(scoringReadiness({ ...ready, positions: 0, participants: [] })).toEqual(["NO_POSITIONS", "NO_PARTICIPANTS"]);
    expect(scoringReadiness({ ...ready, participants: [{ eligible: false, overrideReason: "  " }] })).toEqual(["INELIGIBLE_WITHOUT_REASON"]);
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
