import { describe, expect, it } from "vitest";
import { draftStatus, edited, initialDraftSync, isDirty, saveFailed, saveStarted, saveSucceeded, shouldAutosave, type DraftSync } from "./draft-sync";

type Step = "edit" | "start" | "ok" | "fail" | "stale";
const run = (steps: Step[], start = initialDraftSync(3)) =>
  steps.reduce<DraftSync>((s, step, i) => {
    if (step === "edit") return edited(s);
    if (step === "start") return saveStarted(s);
    if (step === "ok") return saveSucceeded(s, s.version + 1, `10.0${i}`);
    return saveFailed(s, step === "stale");
  }, start);

describe("draft autosave bookkeeping", () => {
  it.each<[string, Step[], { dirty: boolean; autosave: boolean; version: number; status: string }]>([
    ["a fresh form", [], { dirty: false, autosave: false, version: 3, status: "" }],
    ["one edit, not yet saved", ["edit"], { dirty: true, autosave: true, version: 3, status: "Ada perubahan yang belum tersimpan." }],
    ["a save in flight", ["edit", "start"], { dirty: true, autosave: false, version: 3, status: "Menyimpan draf…" }],
    ["the save returned", ["edit", "start", "ok"], { dirty: false, autosave: false, version: 4, status: "Draf tersimpan otomatis pukul 10.02." }],
    // The audited bug: an edit during the request must survive the request's success.
    ["an edit while saving, save returned", ["edit", "start", "edit", "ok"], { dirty: true, autosave: true, version: 4, status: "Ada perubahan yang belum tersimpan." }],
    ["the follow-up save returned", ["edit", "start", "edit", "ok", "start", "ok"], { dirty: false, autosave: false, version: 5, status: "Draf tersimpan otomatis pukul 10.05." }],
    ["several edits while saving", ["edit", "edit", "start", "edit", "edit", "ok"], { dirty: true, autosave: true, version: 4, status: "Ada perubahan yang belum tersimpan." }],
    ["a failed save keeps the edits", ["edit", "start", "fail"], { dirty: true, autosave: true, version: 3, status: "Ada perubahan yang belum tersimpan." }],
    ["a stale tab stops saving", ["edit", "start", "stale", "edit"], { dirty: true, autosave: false, version: 3, status: "" }],
  ])("%s", (_, steps, expected) => {
    const s = run(steps);
    expect({ dirty: isDirty(s), autosave: shouldAutosave(s), version: s.version, status: draftStatus(s, { storedDraft: false }) }).toEqual(expected);
  });

  it("stays stale once a conflict was reported, even after a later plain failure", () => {
    expect(run(["edit", "start", "stale", "start", "fail"]).stale).toBe(true);
  });

  it("says a draft stored before this visit is saved until the first edit", () => {
    expect(draftStatus(initialDraftSync(2), { storedDraft: true })).toBe("Draf tersimpan.");
    expect(draftStatus(edited(initialDraftSync(2)), { storedDraft: true })).toBe("Ada perubahan yang belum tersimpan.");
  });
});
