import { describe, expect, it } from "vitest";
import { type TransitionTable, actionsFrom, transition } from "./state-machine";

const table: TransitionTable<"A" | "B", "GO" | "BACK"> = { A: { GO: "B" }, B: {} };

describe("state machine helpers", () => {
  it.each([
    ["A", "GO", "B"],
    ["A", "BACK", null],
    ["B", "GO", null],
    ["C", "GO", null],
    ["toString", "GO", null],
    ["A", "toString", null],
    ["__proto__", "GO", null],
  ])("transition(%s, %s) → %s", (from, action, expected) => {
    expect(transition(table, from as "A", action as "GO")).toBe(expected);
  });

  it.each([
    ["A", ["GO"]],
    ["B", []],
    ["constructor", []],
  ])("actionsFrom(%s) → %j", (from, expected) => {
    expect(actionsFrom(table, from as "A")).toEqual(expected);
  });
});
