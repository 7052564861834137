import "server-only";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/iso-date";
import { assessmentColumns, checkAssessmentRow, INFORMATIONAL_HEADERS, type CheckedAssessmentRow, type ParticipantRef } from "./assessment-rows";
import { headerKey, readSheet } from "./spreadsheet";
import { summarise, type ImportPreview, type ImportUpload } from "./types";

type Tx = Prisma.TransactionClient;

/** Assessment-centre results are entered while a round is being prepared or scored; from
 * FINALISED on, results are frozen in snapshots. */
export const ASSESSMENT_IMPORT_STATUSES = ["DRAFT", "SCORING"] as const;

export type AssessmentPlan = { roundId: string; preview: ImportPreview; rows: CheckedAssessmentRow[] };

/** The round (of the actor's agency, in an importable state) and its participants with their
 * post's technical competencies and their stored results. */
export async function loadRoundForImport(tx: Tx, agencyId: string, roundId: string) {
  const round = await tx.round.findFirst({ where: { id: roundId, agencyId }, select: { id: true, name: true, status: true } });
  if (!round) throw notFound("Putaran seleksi");
  if (!(ASSESSMENT_IMPORT_STATUSES as readonly string[]).includes(round.status)) {
    throw new AppError("INVALID_STATE", "Hasil asesmen hanya dapat diimpor selama putaran berstatus Penyiapan atau Penilaian.");
  }
  // Flat queries, one after another: inside a transaction Prisma would run the child queries
  // of a nested select in parallel on the one connection, which node-postgres deprecates.
  const rows = await tx.participant.findMany({ where: { roundId: round.id }, select: { id: true, officialId: true, roundPositionId: true } });
  const officials = await tx.official.findMany({ where: { agencyId, id: { in: rows.map((p) => p.officialId) } }, select: { id: true, nip: true, name: true } });
  const roundPositions = await tx.roundPosition.findMany({ where: { roundId: round.id }, select: { id: true, positionId: true } });
  const standards = await tx.competencyStandard.findMany({
    where: { kind: "TECHNICAL", positionId: { in: roundPositions.map((rp) => rp.positionId) } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { positionId: true, code: true, name: true },
  });
  const assessments = await tx.assessmentResult.findMany({
    where: { participantId: { in: rows.map((p) => p.id) } },
    select: { participantId: true, competencyCode: true, level: true, assessor: true, assessedOn: true },
  });
  const officialById = new Map(officials.map((o) => [o.id, o]));
  const resultsOf = new Map<string, typeof assessments>();
  for (const a of assessments) resultsOf.set(a.participantId, [...(resultsOf.get(a.participantId) ?? []), a]);
  const positionOf = new Map(roundPositions.map((rp) => [rp.id, rp.positionId]));
  const technicalOf = (roundPositionId: string | null) => {
    const positionId = roundPositionId ? positionOf.get(roundPositionId) : undefined;
    return standards.filter((s) => s.positionId === positionId);
  };
  const participants: ParticipantRef[] = rows.map((p) => ({
    id: p.id,
    nip: officialById.get(p.officialId)!.nip,
    name: officialById.get(p.officialId)!.name,
    technical: new Map(technicalOf(p.roundPositionId).map((s) => [headerKey(s.name), s])),
    results: new Map(
      (resultsOf.get(p.id) ?? []).map((a) => [a.competencyCode, { level: Number(a.level), assessor: a.assessor, assessedOn: a.assessedOn ? toIsoDate(a.assessedOn) : null }]),
    ),
  }));
  participants.sort((a, b) => a.name.localeCompare(b.name, "id"));
  const technicalNames = [...new Set(rows.flatMap((p) => technicalOf(p.roundPositionId).map((s) => s.name)))];
  return { round, participants, technicalNames };
}

/** Reads and checks an assessment file against the round, without writing (see planOfficials). */
export async function planAssessment(tx: Tx, agencyId: string, roundId: string, upload: ImportUpload): Promise<AssessmentPlan> {
  const { participants, technicalNames } = await loadRoundForImport(tx, agencyId, roundId);
  const columns = assessmentColumns(technicalNames);
  const sheet = await readSheet(upload, columns, INFORMATIONAL_HEADERS);
  const byNip = new Map(participants.map((p) => [p.nip, p]));
  const firstRow = new Map<string, number>();
  const rows = sheet.rows.map((sheetRow) => {
    const checked = checkAssessmentRow(sheetRow, columns, byNip);
    const first = checked.nip ? firstRow.get(checked.nip) : undefined;
    if (first !== undefined) {
      checked.issues.unshift({ row: checked.row, column: "NIP", message: `NIP ini sudah ada di baris ${first}; satu peserta hanya boleh satu baris.` });
      checked.status = "ERROR";
    } else if (checked.nip) firstRow.set(checked.nip, checked.row);
    return checked;
  });
  const previewRows = rows.map(({ row, nip, participant, status, changed, issues }) => ({
    row, key: nip, label: participant?.name ?? "", status, changed, issues,
  }));
  return { roundId, preview: summarise(upload.name, sheet.sha256, previewRows, sheet.ignoredColumns), rows };
}
