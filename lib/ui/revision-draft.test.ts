import { describe, expect, it } from "vitest";
import { allRevisionDraftKeys, obsoleteRevisionKeys, othersRevisionDraftKeys, parseRevisionDraft, revisionDraftKey, serializeRevisionDraft } from "./revision-draft";

const key = { owner: "u1", roundId: "r1", participantId: "p1", component: "PAPER", baseVersion: 4 };
const criteria = ["A", "B"];

describe("revision drafts in localStorage", () => {
  it("finds every member's drafts, and nothing else, for sign-out", () => {
    const other = revisionDraftKey({ ...key, owner: "u2" });
    expect(allRevisionDraftKeys([revisionDraftKey(key), "theme", other, "lembar-revisian"])).toEqual([revisionDraftKey(key), other]);
  });

  it("finds the drafts of everyone but the signed-in member", () => {
    const other = revisionDraftKey({ ...key, owner: "u2" });
    const prefixTwin = revisionDraftKey({ ...key, owner: "u10" }); // "u1" must not match "u10"
    expect(othersRevisionDraftKeys([revisionDraftKey(key), other, prefixTwin, "theme"], "u1")).toEqual([other, prefixTwin]);
  });

  it("keys by member, sheet and base version", () => {
    expect(revisionDraftKey(key)).toBe("lembar-revisi:u1:r1:p1:PAPER:v4");
    expect(revisionDraftKey({ ...key, owner: "u2" })).not.toBe(revisionDraftKey(key));
    expect(revisionDraftKey({ ...key, component: "INTERVIEW" })).not.toBe(revisionDraftKey(key));
  });

  it("finds the same sheet's entries of other versions, and nothing else", () => {
    const keys = ["lembar-revisi:u1:r1:p1:PAPER:v3", "lembar-revisi:u1:r1:p1:PAPER:v4", "lembar-revisi:u1:r1:p1:INTERVIEW:v3", "lembar-revisi:u2:r1:p1:PAPER:v3", "lain"];
    expect(obsoleteRevisionKeys(keys, key)).toEqual(["lembar-revisi:u1:r1:p1:PAPER:v3"]);
  });

  it("round-trips a draft and lays it over the rubric order", () => {
    const raw = serializeRevisionDraft({ items: [{ criterion: "B", value: 5, note: "baik" }], reason: "Salah ketik nilai." });
    expect(parseRevisionDraft(raw, criteria)).toEqual({
      items: [{ criterion: "A", value: null, note: "" }, { criterion: "B", value: 5, note: "baik" }],
      reason: "Salah ketik nilai.",
    });
  });

  it.each([
    ["nothing stored", null],
    ["not JSON", "{"],
    ["wrong shape", JSON.stringify({ items: "x", reason: "" })],
    ["value above 5", JSON.stringify({ items: [{ criterion: "A", value: 6, note: "" }], reason: "" })],
    ["value below 1", JSON.stringify({ items: [{ criterion: "A", value: 0, note: "" }], reason: "" })],
    ["a criterion outside the rubric", JSON.stringify({ items: [{ criterion: "Z", value: 3, note: "" }], reason: "" })],
    ["a reason too long", JSON.stringify({ items: [], reason: "x".repeat(2001) })],
  ])("ignores %s", (_, raw) => {
    expect(parseRevisionDraft(raw, criteria)).toBeNull();
  });

  it("accepts the boundary values 1 and 5 and an empty value", () => {
    const raw = JSON.stringify({ items: [{ criterion: "A", value: 1, note: "" }, { criterion: "B", value: 5, note: "" }], reason: "" });
    expect(parseRevisionDraft(raw, criteria)?.items.map((i) => i.value)).toEqual([1, 5]);
    expect(parseRevisionDraft(JSON.stringify({ items: [{ criterion: "A", value: null, note: "n" }], reason: "" }), criteria)?.items[0]).toEqual({ criterion: "A", value: null, note: "n" });
  });
});
