import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { COMPETENCY_LABELS, CORE_COMPETENCIES } from "@/lib/domain/competency";
import { participantReasonLabel, type ParticipantReason } from "@/lib/domain/participant-eligibility";
import { jobPersonMatch, JPM_CATEGORY_LABELS, jpmCategory, roundJpm } from "@/lib/domain/scoring/jpm";
import { appraisalYearFor, SKP_LABELS } from "@/lib/domain/scoring/performance";
import { toIsoDate } from "@/lib/iso-date";
import { latestConfig } from "@/lib/server/latest-config";
import type { Actor } from "@/lib/server/users";
import { addTableSheet, newWorkbook, slug, toXlsxFile, type Cell, type SheetColumn, type XlsxFile } from "./workbook";

type Standard = { code: string; kind: string; name: string; level: unknown };

/**
 * JPM (PermenPANRB 38/2017) against the participant's post standard, once every competency of
 * that standard (core and technical) has a level: the same rule as the round screens
 * (lib/server/round-setup/view.ts), so the file and the screen never disagree. `null` before.
 */
function postJpm(standards: Standard[], levels: Map<string, number>): number | null {
  if (standards.length === 0 || !CORE_COMPETENCIES.every((code) => levels.has(code))) return null;
  if (!standards.every((s) => levels.has(s.code))) return null;
  return roundJpm(jobPersonMatch(Object.fromEntries(levels), Object.fromEntries(standards.map((s) => [s.code, Number(s.level)]))));
}

/** The round's participants with eligibility, assessment levels, JPM, track record and the
 * performance of the appraisal year, as XLSX. */
export async function exportRoundParticipants(actor: Actor, roundId: string, now = new Date()): Promise<XlsxFile> {
  assertCan(actor.role, "round:read");
  const round = await db.round.findFirst({
    where: { id: roundId, agencyId: actor.agencyId },
    select: { id: true, name: true, referenceDate: true, configVersions: latestConfig({ jpmScheme: true }) },
  });
  if (!round) throw notFound("Putaran seleksi");
  const participants = await db.participant.findMany({
    where: { roundId: round.id },
    orderBy: { official: { name: "asc" } },
    select: {
      eligible: true, eligibilityReasons: true, overrideReason: true,
      official: { select: { nip: true, name: true, performance: { select: { year: true, contractAchievement: true, skpRating: true } } } },
      roundPosition: { select: { position: { select: { title: true, orgUnit: { select: { name: true } }, standards: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, kind: true, name: true, level: true } } } } } },
      assessments: { select: { competencyCode: true, level: true } },
      trackRecord: { select: { id: true } },
    },
  });
  const referenceDate = toIsoDate(round.referenceDate);
  const technical = [...new Set(participants.flatMap((p) => p.roundPosition?.position.standards.filter((s) => s.kind === "TECHNICAL").map((s) => s.name) ?? []))];
  const columns: SheetColumn[] = [
    { header: "NIP", width: 22, kind: "nip" },
    { header: "Nama", width: 36 },
    { header: "Jabatan", width: 40 },
    { header: "OPD", width: 36 },
    { header: "Memenuhi Syarat", width: 16 },
    { header: "Alasan Tidak Memenuhi Syarat", width: 50 },
    { header: "Alasan Pengecualian", width: 40 },
    ...CORE_COMPETENCIES.map((code): SheetColumn => ({ header: COMPETENCY_LABELS[code], kind: "decimal" })),
    ...technical.map((name): SheetColumn => ({ header: name, kind: "decimal" })),
    { header: "JPM (%)", kind: "percent" },
    { header: "Kategori JPM", width: 26 },
    { header: "Rekam Jejak", width: 14 },
    { header: "Tahun Kinerja", width: 14 },
    { header: "Capaian Kinerja (%)", width: 20, kind: "percent" },
    { header: "Predikat SKP", width: 18 },
  ];
  const rows = participants.map((p): Cell[] => {
    const standards = p.roundPosition?.position.standards ?? [];
    const levels = new Map(p.assessments.map((a) => [a.competencyCode, Number(a.level)]));
    const technicalLevel = (name: string) => {
      const code = standards.find((s) => s.kind === "TECHNICAL" && s.name === name)?.code;
      return code ? levels.get(code) ?? null : null;
    };
    const jpm = postJpm(standards, levels);
    const performance = appraisalYearFor(p.official.performance, referenceDate);
    return [
      p.official.nip,
      p.official.name,
      p.roundPosition?.position.title ?? null,
      p.roundPosition?.position.orgUnit.name ?? null,
      p.eligible ? "Ya" : "Tidak",
      p.eligibilityReasons.map((r) => participantReasonLabel(r as ParticipantReason)).join("; ") || null,
      p.overrideReason,
      ...CORE_COMPETENCIES.map((code) => levels.get(code) ?? null),
      ...technical.map(technicalLevel),
      jpm,
      jpm === null ? null : JPM_CATEGORY_LABELS[jpmCategory(jpm, round.configVersions[0]!.jpmScheme)],
      p.trackRecord ? "Ada" : "Belum",
      performance?.year ?? null,
      performance ? Number(performance.contractAchievement) : null,
      performance ? SKP_LABELS[performance.skpRating] : null,
    ];
  });
  const workbook = newWorkbook(now);
  const sheet = addTableSheet(workbook, "Peserta", columns, rows);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return toXlsxFile(workbook, `peserta-${slug(round.name)}-${toIsoDate(now)}.xlsx`);
}
