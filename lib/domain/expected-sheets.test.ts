import { describe, expect, it } from "vitest";
import { expectedSheets, scoringMembers } from "./expected-sheets";
import type { Weights } from "./round-config";

const weights = (paper: number, interview: number): Weights => ({ ASSESSMENT: 100 - paper - interview, PAPER: paper, INTERVIEW: interview, TRACK_RECORD: 0, PERFORMANCE: 0, WRITTEN_TEST: 0 });
const keys = (sheets: ReturnType<typeof expectedSheets>) => sheets.map((s) => `${s.memberId}:${s.component}`);

describe("expectedSheets", () => {
  it.each([
    ["both components, no conflict", weights(10, 20), ["a", "b"], [], ["a:PAPER", "a:INTERVIEW", "b:PAPER", "b:INTERVIEW"]],
    ["a declared conflict releases that member", weights(10, 20), ["a", "b", "c"], ["b"], ["a:PAPER", "a:INTERVIEW", "c:PAPER", "c:INTERVIEW"]],
    ["PAPER weighted 0 needs no paper sheets", weights(0, 30), ["a", "b"], [], ["a:INTERVIEW", "b:INTERVIEW"]],
    ["INTERVIEW weighted 0 needs no interview sheets", weights(30, 0), ["a"], [], ["a:PAPER"]],
    ["the smallest weight above 0 counts", weights(0.01, 0), ["a"], [], ["a:PAPER"]],
    ["no panel component weighted: no sheets", weights(0, 0), ["a", "b"], [], []],
    ["every member conflicted: no sheets", weights(10, 20), ["a", "b"], ["a", "b"], []],
    ["no scoring member: no sheets", weights(10, 20), [], [], []],
    ["a conflict of someone not scoring changes nothing", weights(10, 20), ["a"], ["x"], ["a:PAPER", "a:INTERVIEW"]],
    ["members keep the given order", weights(10, 20), ["c", "a", "b"], ["a"], ["c:PAPER", "c:INTERVIEW", "b:PAPER", "b:INTERVIEW"]],
  ] as const)("%s", (_case, w, members, conflicted, expected) => {
    expect(keys(expectedSheets(w, members, conflicted))).toEqual(expected);
  });

  it("has members × weighted components sheets whatever the conflicts", () => {
    const members = ["a", "b", "c", "d", "e"];
    for (const conflicted of [[], ["a"], ["a", "e"], members]) {
      for (const [w, components] of [[weights(10, 20), 2], [weights(0, 20), 1], [weights(0, 0), 0]] as const) {
        expect(expectedSheets(w, members, conflicted)).toHaveLength((members.length - conflicted.length) * components);
      }
    }
  });
});

describe("scoringMembers", () => {
  it.each([
    [["a", "b", "c"], [], ["a", "b", "c"]],
    [["a", "b", "c"], ["b"], ["a", "c"]],
    [["a", "b"], ["a", "b"], []],
    [["a"], ["z"], ["a"]],
  ])("%j without %j", (members, conflicted, expected) => {
    expect(scoringMembers(members, new Set(conflicted))).toEqual(expected);
  });
});
