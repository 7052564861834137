import { describe, expect, it } from "vitest";
import { SCORE_SHEET_STATUSES, SCORE_SHEET_ACTIONS, allowedActions, nextStatus } from "./score-sheet";

type Status = (typeof SCORE_SHEET_STATUSES)[number];
type Action = (typeof SCORE_SHEET_ACTIONS)[number];

// The expected table, written out independently of the implementation.
const ALLOWED: [Status, Action, Status][] = [
  ["DRAFT", "SAVE", "DRAFT"],
  ["DRAFT", "SUBMIT", "SUBMITTED"],
  ["SUBMITTED", "REVISE", "SUBMITTED"],
];

const isAllowed = (from: Status, action: Action) => ALLOWED.some(([f, a]) => f === from && a === action);
const FORBIDDEN = SCORE_SHEET_STATUSES.flatMap((from) => SCORE_SHEET_ACTIONS.filter((action) => !isAllowed(from, action)).map((action) => [from, action] as const));

describe("score sheet workflow", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each(FORBIDDEN)("%s --%s--> not allowed", (from, action) => {
    expect(nextStatus(from, action)).toBeNull();
  });

  it.each(SCORE_SHEET_STATUSES.map((s) => [s] as const))("allowedActions(%s) lists exactly the allowed actions", (from) => {
    const expected = ALLOWED.filter(([f]) => f === from).map(([, a]) => a);
    expect([...allowedActions(from)].sort()).toEqual([...expected].sort());
  });

  it("denies unknown statuses and actions", () => {
    expect(nextStatus("ARCHIVED" as Status, SCORE_SHEET_ACTIONS[0])).toBeNull();
    expect(nextStatus(SCORE_SHEET_STATUSES[0], "DELETE" as Action)).toBeNull();
    expect(allowedActions("ARCHIVED" as Status)).toEqual([]);
  });
});
