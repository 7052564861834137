import { describe, expect, it } from "vitest";
import { auditContentFor, type AuditContent } from "./audit-redaction";

const BKD = { readsResults: true };
const ADMIN = { readsResults: false };
const event = (entity: string, action: string, reason: string | null = null): AuditContent => ({
  entity,
  action,
  before: { status: "DRAFT", score: 40 },
  after: { status: "SUBMITTED", score: 60, items: [{ criterion: "SUBSTANSI", value: 3 }], topByPost: { post: ["a", "b", "c"] } },
  reason,
});
const WITHHELD = { before: null, after: null, reason: null, withheld: true };

describe("auditContentFor", () => {
  it.each([
    ["RotationProposal", "PROPOSAL_TOP_CANDIDATES", null],
    ["RotationProposal", "PROPOSAL_SUGGEST", null],
    ["RotationProposal", "PROPOSAL_RETURN", "Mohon koreksi peringkat 2"],
    ["ProposedMove", "PROPOSAL_MOVE_SAVE", "Persetujuan Mendagri No. 100.2.2.6/999"],
    ["ProposedMove", "PROPOSAL_MOVE_DECIDE", "Peringkat 2 dipilih: nilai wawancara lebih tinggi"],
    ["DispersionJustification", "DISPERSION_JUSTIFY", null],
    ["Round", "ROUND_FINALISE", null],
    ["Round", "RESULTS_CORRECT", "Nilai makalah salah input"],
    ["Participant", "ASSESSMENT_SAVE", null],
    ["Participant", "TRACK_RECORD_SAVE", null],
    ["PerformanceRecord", "PERFORMANCE_SAVE", null],
    ["Participant", "WRITTEN_TEST_SAVE", null],
    ["Round", "IMPORT_ASSESSMENT", null],
  ])("withholds %s %s from a reader without results, and shows it whole to the BKD", (entity, action, reason) => {
    const e = event(entity, action, reason);
    expect(auditContentFor(e, ADMIN)).toEqual(WITHHELD);
    expect(auditContentFor(e, BKD)).toEqual({ before: e.before, after: e.after, reason, withheld: false });
  });

  it.each([
    ["Round", "ROUND_CONFIG_NEW_VERSION", "Bobot disesuaikan dengan Perkada"],
    ["Round", "ROUND_START_SCORING", null],
    ["Participant", "PARTICIPANT_ADD", null],
    ["Participant", "PARTICIPANT_RECHECK", "Pengecualian tertulis Mendagri"],
    ["PanelMember", "CONFLICTS_DECLARE", null],
    ["User", "SIGN_IN", null],
    ["Official", "OFFICIAL_UPDATE", null],
  ])("shows %s %s whole to every reader", (entity, action, reason) => {
    const e = event(entity, action, reason);
    for (const reader of [ADMIN, BKD]) expect(auditContentFor(e, reader)).toEqual({ before: e.before, after: e.after, reason, withheld: false });
  });

  it("shows score-sheet events without the values to everyone, and the reason only to a results reader", () => {
    const e = event("ScoreSheet", "SHEET_REVISE", "Salah ketik nilai 3, seharusnya 4");
    const shape = { before: { status: "DRAFT" }, after: { status: "SUBMITTED", topByPost: { post: ["a", "b", "c"] } } };
    expect(auditContentFor(e, BKD)).toEqual({ ...shape, reason: e.reason, withheld: false });
    expect(auditContentFor(e, ADMIN)).toEqual({ ...shape, reason: null, withheld: true });
    expect(auditContentFor({ ...e, reason: null }, ADMIN)).toEqual({ ...shape, reason: null, withheld: false });
  });

  it.each([
    [null, null],
    [undefined, null],
    [[40, 60], null],
    ["60", null],
    [{}, {}],
  ])("withholds a score-sheet payload of another shape whole (%j)", (payload, shown) => {
    expect(auditContentFor({ entity: "ScoreSheet", action: "SHEET_SUBMIT", before: payload, after: payload, reason: null }, BKD)).toMatchObject({ before: shown, after: shown });
  });

  it("leaves the event it was given unchanged", () => {
    const e = event("ScoreSheet", "SHEET_SUBMIT");
    const copy = structuredClone(e);
    auditContentFor(e, ADMIN);
    expect(e).toEqual(copy);
  });
});
