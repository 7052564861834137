import { describe, expect, it } from "vitest";
import { ROTATION_PROPOSAL_STATUSES, ROTATION_PROPOSAL_ACTIONS, allowedActions, nextStatus } from "./rotation-proposal";

type Status = (typeof ROTATION_PROPOSAL_STATUSES)[number];
type Action = (typeof ROTATION_PROPOSAL_ACTIONS)[number];

// The expected table, written out independently of the implementation.
const ALLOWED: [Status, Action, Status][] = [
  ["DRAFT", "SUBMIT", "SUBMITTED"],
  ["SUBMITTED", "APPROVE", "APPROVED"],
  ["SUBMITTED", "RETURN", "RETURNED"],
  ["RETURNED", "REOPEN", "DRAFT"],
];
const TERMINAL: Status[] = ["APPROVED"];

const isAllowed = (from: Status, action: Action) => ALLOWED.some(([f, a]) => f === from && a === action);
const FORBIDDEN = ROTATION_PROPOSAL_STATUSES.flatMap((from) => ROTATION_PROPOSAL_ACTIONS.filter((action) => !isAllowed(from, action)).map((action) => [from, action] as const));

describe("rotation proposal workflow", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each(FORBIDDEN)("%s --%s--> not allowed", (from, action) => {
    expect(nextStatus(from, action)).toBeNull();
  });

  it.each(ROTATION_PROPOSAL_STATUSES.map((s) => [s] as const))("allowedActions(%s) lists exactly the allowed actions", (from) => {
    const expected = ALLOWED.filter(([f]) => f === from).map(([, a]) => a);
    expect([...allowedActions(from)].sort()).toEqual([...expected].sort());
  });

  it.each(TERMINAL.map((s) => [s] as const))("%s is terminal", (status) => {
    expect(allowedActions(status)).toEqual([]);
  });

  it("denies unknown statuses and actions", () => {
    expect(nextStatus("ARCHIVED" as Status, ROTATION_PROPOSAL_ACTIONS[0])).toBeNull();
    expect(nextStatus(ROTATION_PROPOSAL_STATUSES[0], "DELETE" as Action)).toBeNull();
    expect(allowedActions("ARCHIVED" as Status)).toEqual([]);
  });
});
