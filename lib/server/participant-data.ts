import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { AppError, fieldError, notFound } from "@/lib/errors";
import { isWeighted, type Weights } from "@/lib/domain/round-config";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROUND_STATUS_LABELS } from "@/lib/domain/workflow/round";
import { fromIsoDate, toIsoDate } from "@/lib/iso-date";
import type { AssessmentInput, PerformanceInput, TrackRecordInput, WrittenTestInput } from "@/lib/schemas/participant-data";
import { recordAudit } from "@/lib/server/audit";
import { latestConfig } from "@/lib/server/latest-config";
import { lockRoundRow } from "@/lib/server/round-setup/round-lock";
import type { Actor } from "@/lib/server/users";

type Tx = Prisma.TransactionClient;
const num = (d: Prisma.Decimal | null | undefined) => (d === null || d === undefined ? null : Number(d));

/** A participant of a round of the actor's agency whose data can still change (DRAFT or SCORING). */
async function participantForEntry(tx: Tx, actor: Actor, roundId: string, participantId: string) {
  await lockRoundRow(tx, actor, roundId, "SHARE");
  const participant = await tx.participant.findFirst({
    where: { id: participantId, roundId, round: { agencyId: actor.agencyId } },
    select: {
      id: true,
      officialId: true,
      round: { select: { status: true } },
      roundPosition: { select: { position: { select: { standards: { select: { code: true, name: true } } } } } },
    },
  });
  if (!participant) throw notFound("Peserta");
  if (participant.round.status !== "DRAFT" && participant.round.status !== "SCORING") {
    throw new AppError("INVALID_STATE", `Data peserta hanya dapat diubah saat putaran berstatus Penyiapan atau Penilaian; status sekarang ${ROUND_STATUS_LABELS[participant.round.status]}.`);
  }
  return participant;
}

export async function getParticipantData(actor: Actor, roundId: string, participantId: string) {
  assertCan(actor.role, "round:read");
  const p = await db.participant.findFirst({
    where: { id: participantId, roundId, round: { agencyId: actor.agencyId } },
    select: {
      id: true,
      eligible: true,
      writtenTestScore: true,
      round: { select: { status: true, referenceDate: true, configVersions: latestConfig({ jpmScheme: true, weights: true }) } },
      official: {
        select: { id: true, name: true, nip: true, performance: { orderBy: { year: "desc" }, select: { year: true, contractAchievement: true, skpRating: true } } },
      },
      roundPosition: { select: { position: { select: { title: true, standards: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, kind: true, name: true, level: true } } } } } },
      assessments: { select: { competencyCode: true, level: true, assessor: true, assessedOn: true, source: true } },
      trackRecord: { select: { sanctionLevel: true, superiorScore: true, peerScore: true, subordinateScore: true, note: true } },
    },
  });
  if (!p) throw notFound("Peserta");
  const first = p.assessments[0];
  return {
    id: p.id,
    name: p.official.name,
    nip: p.official.nip,
    post: p.roundPosition?.position.title ?? null,
    editable: p.round.status === "DRAFT" || p.round.status === "SCORING",
    writtenTestScore: num(p.writtenTestScore),
    /** Whether the round's current configuration weighs the written test; the form is shown only then. */
    writtenTestWeighted: isWeighted((p.round.configVersions[0]?.weights ?? {}) as Partial<Weights>, "WRITTEN_TEST"),
    jpmScheme: p.round.configVersions[0]!.jpmScheme,
    referenceDate: toIsoDate(p.round.referenceDate),
    standard: (p.roundPosition?.position.standards ?? []).map((s) => ({ code: s.code, kind: s.kind, name: s.name, level: Number(s.level) })),
    levels: Object.fromEntries(p.assessments.map((a) => [a.competencyCode, Number(a.level)])),
    assessor: first?.assessor ?? "",
    assessedOn: first?.assessedOn ? toIsoDate(first.assessedOn) : null,
    assessmentSource: first?.source ?? null,
    trackRecord: p.trackRecord
      ? { ...p.trackRecord, superiorScore: num(p.trackRecord.superiorScore), peerScore: num(p.trackRecord.peerScore), subordinateScore: num(p.trackRecord.subordinateScore) }
      : null,
    performance: p.official.performance.map((r) => ({ year: r.year, contractAchievement: Number(r.contractAchievement), skpRating: r.skpRating })),
  };
}

/** Assessment-centre levels for every competency of the post's standard, entered by hand. */
export async function saveAssessment(actor: Actor, roundId: string, participantId: string, input: AssessmentInput) {
  assertCan(actor.role, "round:enter-data");
  await db.$transaction(async (tx) => {
    const participant = await participantForEntry(tx, actor, roundId, participantId);
    const standard = participant.roundPosition?.position.standards ?? [];
    const missing = standard.filter((s) => input.levels[s.code] === undefined);
    if (missing.length > 0) {
      throw new AppError("VALIDATION", "Isi level semua kompetensi standar jabatan.", Object.fromEntries(missing.map((s) => [`level_${s.code}`, [`Level ${s.name} wajib diisi.`]])));
    }
    const before = await tx.assessmentResult.findMany({ where: { participantId }, select: { competencyCode: true, level: true } });
    for (const { code } of standard) {
      const level = input.levels[code]!;
      const data = { level, assessor: input.assessor ?? "", assessedOn: input.assessedOn ? fromIsoDate(input.assessedOn) : null, source: "MANUAL" };
      await tx.assessmentResult.upsert({
        where: { participantId_competencyCode: { participantId, competencyCode: code } },
        create: { participantId, competencyCode: code, ...data },
        update: data,
      });
    }
    await recordAudit(tx, actor, {
      action: "ASSESSMENT_SAVE",
      entity: "Participant",
      entityId: participantId,
      before: Object.fromEntries(before.map((b) => [b.competencyCode, Number(b.level)])),
      after: { levels: input.levels, assessor: input.assessor, assessedOn: input.assessedOn },
    });
  });
}

export async function saveTrackRecord(actor: Actor, roundId: string, participantId: string, input: TrackRecordInput) {
  assertCan(actor.role, "round:enter-data");
  await db.$transaction(async (tx) => {
    await participantForEntry(tx, actor, roundId, participantId);
    const before = await tx.trackRecord.findUnique({ where: { participantId }, select: { sanctionLevel: true, superiorScore: true, peerScore: true, subordinateScore: true, note: true } });
    const data = {
      sanctionLevel: input.sanctionLevel,
      superiorScore: input.superiorScore ?? null,
      peerScore: input.peerScore ?? null,
      subordinateScore: input.subordinateScore ?? null,
      note: input.note,
    };
    await tx.trackRecord.upsert({ where: { participantId }, create: { participantId, ...data }, update: data });
    await recordAudit(tx, actor, { action: "TRACK_RECORD_SAVE", entity: "Participant", entityId: participantId, before, after: data });
  });
}

/** The official's performance for one year (kept on the official, reused by later rounds). */
export async function savePerformance(actor: Actor, roundId: string, participantId: string, input: PerformanceInput) {
  assertCan(actor.role, "round:enter-data");
  await db.$transaction(async (tx) => {
    const { officialId } = await participantForEntry(tx, actor, roundId, participantId);
    const key = { officialId_year: { officialId, year: input.year } };
    const before = await tx.performanceRecord.findUnique({ where: key, select: { contractAchievement: true, skpRating: true } });
    const data = { contractAchievement: input.contractAchievement, skpRating: input.skpRating };
    const record = await tx.performanceRecord.upsert({ where: key, create: { officialId, year: input.year, ...data }, update: data, select: { id: true } });
    await recordAudit(tx, actor, { action: "PERFORMANCE_SAVE", entity: "PerformanceRecord", entityId: record.id, before, after: { officialId, ...input } });
  });
}

/** The written-test score (0-100) of an open-selection applicant, in a round whose current
 * configuration weighs the written test: a score weighted 0 counts nowhere, and storing it would
 * suggest it does. */
export async function saveWrittenTest(actor: Actor, roundId: string, participantId: string, input: WrittenTestInput) {
  assertCan(actor.role, "round:enter-data");
  await db.$transaction(async (tx) => {
    await participantForEntry(tx, actor, roundId, participantId);
    // participantForEntry holds the round row, so the configuration cannot change under this read.
    const config = await tx.roundConfigVersion.findFirstOrThrow({ where: { roundId }, orderBy: { version: "desc" }, select: { weights: true } });
    if (!isWeighted(config.weights as Partial<Weights>, "WRITTEN_TEST")) {
      throw fieldError("score", "Tes tertulis tidak berbobot pada putaran ini (bobot 0), sehingga nilainya tidak dicatat. Ubah bobot pada konfigurasi putaran bila tes tertulis dinilai.");
    }
    const before = await tx.participant.findUniqueOrThrow({ where: { id: participantId }, select: { writtenTestScore: true } });
    await tx.participant.update({ where: { id: participantId }, data: { writtenTestScore: input.score } });
    await recordAudit(tx, actor, { action: "WRITTEN_TEST_SAVE", entity: "Participant", entityId: participantId, before: { score: num(before.writtenTestScore) }, after: input });
  });
}
