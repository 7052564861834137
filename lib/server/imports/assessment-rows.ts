// One spreadsheet row of the assessment-centre import: a participant (by NIP) and their levels.
import { CORE_COMPETENCIES, COMPETENCY_LABELS } from "@/lib/domain/competency";
import { parseNip } from "@/lib/domain/nip";
import { NIP_INVALID_MESSAGE } from "@/lib/schemas/official";
import { dateCell, levelCell, nipCell, textCell } from "./cells";
import { headerKey, type ColumnSpec, type SheetRow } from "./spreadsheet";
import type { RowIssue, RowStatus } from "./types";

export type StoredResult = { level: number; assessor: string; assessedOn: string | null };

export type ParticipantRef = {
  id: string;
  nip: string;
  name: string;
  /** headerKey(technical competency name) → its code in the participant's post standard. */
  technical: Map<string, { code: string; name: string }>;
  results: Map<string, StoredResult>;
};

export type ResultChange = { code: string; before: StoredResult | null; after: StoredResult };

export type CheckedAssessmentRow = {
  row: number;
  nip: string;
  participant: ParticipantRef | null;
  status: RowStatus;
  changed: string[];
  changes: ResultChange[];
  issues: RowIssue[];
};

export const ASSESSOR_HEADER = "Asesor";
export const ASSESSED_ON_HEADER = "Tanggal Asesmen";
export const INFORMATIONAL_HEADERS = ["Nama", "Jabatan", "OPD", "Unit Kerja"];

const technicalKey = (name: string) => `T:${headerKey(name)}`;

/** NIP, the nine core competencies (PermenPANRB 38/2017) by their labels, the technical
 * competencies of the round's posts by name, assessor and date. */
export function assessmentColumns(technicalNames: string[]): ColumnSpec[] {
  const core = CORE_COMPETENCIES.map((code) => ({ key: code, header: COMPETENCY_LABELS[code], required: true }));
  const taken = new Set(["nip", "asesor", "tanggalasesmen", ...core.map((c) => headerKey(c.header))]);
  const technical = [...new Map(technicalNames.map((name) => [headerKey(name), name])).values()]
    .filter((name) => !taken.has(headerKey(name)))
    .map((name) => ({ key: technicalKey(name), header: name }));
  return [
    { key: "nip", header: "NIP", required: true },
    ...core,
    ...technical,
    { key: "assessor", header: ASSESSOR_HEADER, aliases: ["Nama Asesor"] },
    { key: "assessedOn", header: ASSESSED_ON_HEADER, aliases: ["Tanggal"] },
  ];
}

export function checkAssessmentRow({ row, cells }: SheetRow, columns: ColumnSpec[], byNip: Map<string, ParticipantRef>): CheckedAssessmentRow {
  const issues: RowIssue[] = [];
  const add = (column: string, message: string) => issues.push({ row, column, message });

  const nipValue = nipCell(cells.nip ?? null);
  const nip = "error" in nipValue ? "" : nipValue.value;
  if ("error" in nipValue) add("NIP", nipValue.error);
  else if (!nip) add("NIP", "NIP wajib diisi.");
  const participant = byNip.get(nip) ?? null;
  // A mistyped NIP ("12345") is told as malformed, not as someone outside the round.
  if (nip && !participant) add("NIP", parseNip(nip) ? "NIP ini bukan peserta putaran ini." : NIP_INVALID_MESSAGE);

  const assessor = textCell(cells.assessor ?? null);
  if (assessor.length > 200) add(ASSESSOR_HEADER, "Asesor paling banyak 200 karakter.");
  const date = dateCell(cells.assessedOn ?? null);
  if ("error" in date) add(ASSESSED_ON_HEADER, date.error);
  const assessedOn = "error" in date ? null : date.value;

  const levels: { code: string; header: string; level: number }[] = [];
  for (const column of columns) {
    if (column.key === "nip" || column.key === "assessor" || column.key === "assessedOn") continue;
    const level = levelCell(cells[column.key] ?? null);
    if ("error" in level) add(column.header, level.error);
    else if (level.value === null) continue;
    else if (!column.key.startsWith("T:")) levels.push({ code: column.key, header: column.header, level: level.value });
    else if (participant) {
      const standard = participant.technical.get(column.key.slice(2));
      if (standard) levels.push({ code: standard.code, header: column.header, level: level.value });
      else add(column.header, `Kompetensi teknis "${column.header}" tidak termasuk standar jabatan peserta ini.`);
    }
  }

  const base = { row, nip, participant, changed: [] as string[], changes: [] as ResultChange[], issues };
  if (issues.length > 0 || !participant) return { ...base, status: "ERROR" };

  const changed = new Set<string>();
  for (const { code, header, level } of levels) {
    const before = participant.results.get(code) ?? null;
    const after = { level, assessor, assessedOn };
    if (before && before.level === level && before.assessor === assessor && before.assessedOn === assessedOn) continue;
    base.changes.push({ code, before, after });
    if (!before || before.level !== level) changed.add(header);
    if (before && before.assessor !== assessor) changed.add(ASSESSOR_HEADER);
    if (before && before.assessedOn !== assessedOn) changed.add(ASSESSED_ON_HEADER);
  }
  base.changed.push(...changed);
  // A row without levels (a pre-filled template row the centre has not delivered yet) changes nothing.
  if (base.changes.length === 0) return { ...base, status: "UNCHANGED" };
  return { ...base, status: participant.results.size === 0 ? "NEW" : "CHANGED" };
}
