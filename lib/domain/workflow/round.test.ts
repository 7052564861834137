import { describe, expect, it } from "vitest";
import { ROUND_STATUSES, ROUND_ACTIONS, allowedActions, nextStatus } from "./round";

type Status = (typeof ROUND_STATUSES)[number];
type Action = (typeof ROUND_ACTIONS)[number];

// The expected table, written out independently of the implementation.
const ALLOWED: [Status, Action, Status][] = [
  ["DRAFT", "START_SCORING", "SCORING"],
  ["DRAFT", "CANCEL", "CANCELLED"],
  ["SCORING", "FINALISE", "FINALISED"],
  ["SCORING", "CANCEL", "CANCELLED"],
  ["FINALISED", "CLOSE", "CLOSED"],
];
const TERMINAL: Status[] = ["CLOSED", "CANCELLED"];

const isAllowed = (from: Status, action: Action) => ALLOWED.some(([f, a]) => f === from && a === action);
const FORBIDDEN = ROUND_STATUSES.flatMap((from) => ROUND_ACTIONS.filter((action) => !isAllowed(from, action)).map((action) => [from, action] as const));

describe("round workflow", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each(FORBIDDEN)("%s --%s--> not allowed", (from, action) => {
    expect(nextStatus(from, action)).toBeNull();
  });

  it.each(ROUND_STATUSES.map((s) => [s] as const))("allowedActions(%s) lists exactly the allowed actions", (from) => {
    const expected = ALLOWED.filter(([f]) => f === from).map(([, a]) => a);
    expect([...allowedActions(from)].sort()).toEqual([...expected].sort());
  });

  it.each(TERMINAL.map((s) => [s] as const))("%s is terminal", (status) => {
    expect(allowedActions(status)).toEqual([]);
  });

  it("denies unknown statuses and actions", () => {
    expect(nextStatus("ARCHIVED" as Status, ROUND_ACTIONS[0])).toBeNull();
    expect(nextStatus(ROUND_STATUSES[0], "DELETE" as Action)).toBeNull();
    expect(allowedActions("ARCHIVED" as Status)).toEqual([]);
  });
});
