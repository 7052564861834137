import { describe, expect, it } from "vitest";
import { doublePlacements, placedPost, type PlacedMove } from "./proposal-placement";

describe("placedPost", () => {
  const cases: [string, PlacedMove | undefined, boolean, string | null][] = [
    ["no move: stays", undefined, false, "P"],
    ["stay", { kind: "STAY", targetPositionId: null }, false, "P"],
    ["stay ignores a stray target", { kind: "STAY", targetPositionId: "Q" }, false, "P"],
    ["rotate", { kind: "ROTATE", targetPositionId: "Q" }, false, "Q"],
    ["appoint", { kind: "APPOINT", targetPositionId: "Q" }, false, "Q"],
    ["move down leaves every JPT post", { kind: "MOVE_DOWN", targetPositionId: "ADM" }, false, null],
    ["rejected rotation without rejectedStays", { kind: "ROTATE", targetPositionId: "Q", decision: "REJECTED" }, false, "Q"],
    ["rejected rotation stays", { kind: "ROTATE", targetPositionId: "Q", decision: "REJECTED" }, true, "P"],
    ["rejected move down stays", { kind: "MOVE_DOWN", targetPositionId: null, decision: "REJECTED" }, true, "P"],
    ["approved rotation moves", { kind: "ROTATE", targetPositionId: "Q", decision: "APPROVED" }, true, "Q"],
    ["pending rotation moves", { kind: "ROTATE", targetPositionId: "Q", decision: "PENDING" }, true, "Q"],
  ];
  it.each(cases)("%s", (_name, move, rejectedStays, expected) => {
    expect(placedPost(move, "P", { rejectedStays })).toBe(expected);
  });

  it.each<[string, PlacedMove | undefined, string | null]>([
    ["appoint places nobody", { kind: "APPOINT", targetPositionId: "Q" }, null],
    ["rotate still moves", { kind: "ROTATE", targetPositionId: "Q" }, "Q"],
    ["stay still stays", { kind: "STAY", targetPositionId: null }, "P"],
    ["no move still stays", undefined, "P"],
    ["move down still leaves", { kind: "MOVE_DOWN", targetPositionId: null }, null],
  ])("with ignoreAppointments: %s", (_name, move, expected) => {
    expect(placedPost(move, "P", { ignoreAppointments: true })).toBe(expected);
  });

  it("keeps an official without a post without one when staying", () => {
    expect(placedPost(undefined, null)).toBeNull();
    expect(placedPost({ kind: "ROTATE", targetPositionId: "Q", decision: "REJECTED" }, null, { rejectedStays: true })).toBeNull();
  });
});

describe("doublePlacements", () => {
  it.each([
    ["none", [], []],
    ["distinct posts", [{ holderId: "a", postId: "P" }, { holderId: "b", postId: "Q" }], []],
    ["nulls never clash", [{ holderId: "a", postId: null }, { holderId: "b", postId: null }], []],
    ["two on one post", [{ holderId: "a", postId: "P" }, { holderId: "b", postId: "Q" }, { holderId: "c", postId: "P" }], [{ postId: "P", holderIds: ["a", "c"] }]],
    [
      "three on one, two on another, in first-holder order",
      [{ holderId: "a", postId: "Q" }, { holderId: "b", postId: "P" }, { holderId: "c", postId: "P" }, { holderId: "d", postId: "Q" }, { holderId: "e", postId: "P" }],
      [{ postId: "Q", holderIds: ["a", "d"] }, { postId: "P", holderIds: ["b", "c", "e"] }],
    ],
  ] as const)("%s", (_name, placements, expected) => {
    expect(doublePlacements(placements)).toEqual(expected);
  });
});
