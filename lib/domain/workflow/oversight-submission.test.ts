import { describe, expect, it } from "vitest";
import { OVERSIGHT_SUBMISSION_STATUSES, OVERSIGHT_SUBMISSION_ACTIONS, allowedActions, nextStatus } from "./oversight-submission";

type Status = (typeof OVERSIGHT_SUBMISSION_STATUSES)[number];
type Action = (typeof OVERSIGHT_SUBMISSION_ACTIONS)[number];

// The expected table, written out independently of the implementation.
const ALLOWED: [Status, Action, Status][] = [
  ["DRAFT", "SEND", "SENT"],
  ["SENT", "RECORD_RECOMMENDATION", "RECOMMENDED"],
  ["SENT", "RECORD_REJECTION", "NOT_RECOMMENDED"],
  ["SENT", "ACKNOWLEDGE", "ACKNOWLEDGED"],
];
const TERMINAL: Status[] = ["RECOMMENDED", "NOT_RECOMMENDED", "ACKNOWLEDGED"];

const isAllowed = (from: Status, action: Action) => ALLOWED.some(([f, a]) => f === from && a === action);
const FORBIDDEN = OVERSIGHT_SUBMISSION_STATUSES.flatMap((from) => OVERSIGHT_SUBMISSION_ACTIONS.filter((action) => !isAllowed(from, action)).map((action) => [from, action] as const));

describe("oversight submission workflow", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each(FORBIDDEN)("%s --%s--> not allowed", (from, action) => {
    expect(nextStatus(from, action)).toBeNull();
  });

  it.each(OVERSIGHT_SUBMISSION_STATUSES.map((s) => [s] as const))("allowedActions(%s) lists exactly the allowed actions", (from) => {
    const expected = ALLOWED.filter(([f]) => f === from).map(([, a]) => a);
    expect([...allowedActions(from)].sort()).toEqual([...expected].sort());
  });

  it.each(TERMINAL.map((s) => [s] as const))("%s is terminal", (status) => {
    expect(allowedActions(status)).toEqual([]);
  });

  it("denies unknown statuses and actions", () => {
    expect(nextStatus("ARCHIVED" as Status, OVERSIGHT_SUBMISSION_ACTIONS[0])).toBeNull();
    expect(nextStatus(OVERSIGHT_SUBMISSION_STATUSES[0], "DELETE" as Action)).toBeNull();
    expect(allowedActions("ARCHIVED" as Status)).toEqual([]);
  });
});
