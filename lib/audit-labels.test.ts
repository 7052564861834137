import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROTATION_PROPOSAL_ACTIONS } from "@/lib/domain/workflow/rotation-proposal";
import { AUDIT_ACTION_LABELS, auditActionLabel, auditEntityLabel, payloadName } from "./audit-labels";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith(".ts") && !file.endsWith(".test.ts") ? [file] : [];
  });
}

describe("audit labels", () => {
  it.each([
    ["SIGN_IN", "Masuk ke aplikasi"],
    ["PANEL_MEMBER_ADD", "Menambah anggota pansel"],
    ["ROUND_CREATE", "Membuat putaran seleksi"],
    ["SOMETHING_NEW", "SOMETHING_NEW"],
  ])("action %s reads %s", (code, label) => expect(auditActionLabel(code)).toBe(label));

  it.each([
    ["User", "Pengguna"],
    ["Round", "Putaran"],
    ["Unknown", "Unknown"],
  ])("entity %s reads %s", (code, label) => expect(auditEntityLabel(code)).toBe(label));

  it("names every action the services write", () => {
    const root = path.join(import.meta.dirname, "server");
    const written = new Set<string>(ROTATION_PROPOSAL_ACTIONS.map((a) => `PROPOSAL_${a}`));
    for (const file of sources(root)) {
      for (const match of readFileSync(file, "utf8").matchAll(/"((?:[A-Z]+_)+[A-Z]+)"/g)) {
        if (/^(SIGN_IN|SHEET_|IMPORT_|OFFICIAL_|ORG_UNIT_|POSITION_|STANDARD_|BLACKOUT_|ROUND_|RESULTS_|PARTICIPANT_|ASSESSMENT_|TRACK_RECORD_|PERFORMANCE_|WRITTEN_TEST_|PANEL_MEMBER_|CONFLICTS_|DISPERSION_|PROPOSAL_)/.test(match[1]!)) written.add(match[1]!);
      }
    }
    const missing = [...written].filter((code) => !(code in AUDIT_ACTION_LABELS));
    expect(missing).toEqual([]);
  });

  it.each([
    [[{ name: "Uji Kompetensi 2026" }], "Uji Kompetensi 2026"],
    [[null, { title: "Kepala Dinas Kesehatan" }], "Kepala Dinas Kesehatan"],
    [[{ name: " " }, { externalName: "Praktisi SDM" }], "Praktisi SDM"],
    [[["x"], "text", 3], null],
  ])("payloadName(%j) is %s", (payloads, name) => expect(payloadName(...payloads)).toBe(name));
});
