import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { AppError, fieldError, isUniqueViolation, notFound } from "@/lib/errors";
import { BLACKOUT_LABELS, type BlackoutWindow } from "@/lib/domain/eligibility";
import {
  jobFitEligibility,
  openSelectionParticipantEligibility,
  participantReasonLabel,
  type ParticipantEligibility,
  type ParticipantReason,
} from "@/lib/domain/participant-eligibility";
import { uncoveredReasons } from "@/lib/domain/round-readiness";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/iso-date";
import type { AddParticipantInput } from "@/lib/schemas/round";
import { recordAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/users";
import { lockRound, type LockedRound } from "./round-lock";

type Tx = Prisma.TransactionClient | typeof db;

export const officialEligibilitySelect = {
  id: true, name: true, nip: true, birthDate: true, educationLevel: true, inauguratedOn: true,
  administratorSince: true, relevantExperienceSince: true, sanctionLevel: true, positionId: true,
} as const;

type EligibilityOfficial = Prisma.OfficialGetPayload<{ select: typeof officialEligibilitySelect }>;

export async function agencyBlackouts(tx: Tx, agencyId: string): Promise<BlackoutWindow[]> {
  const windows = await tx.blackoutWindow.findMany({ where: { agencyId }, select: { kind: true, startsOn: true, endsOn: true, note: true } });
  return windows.map((w) => ({ kind: w.kind, from: toIsoDate(w.startsOn), to: w.endsOn ? toIsoDate(w.endsOn) : null, label: w.note || BLACKOUT_LABELS[w.kind] }));
}

/** The eligibility of an official for a round, computed here from the records — never taken from
 * the client. */
export function evaluateEligibility(
  round: Pick<LockedRound, "type" | "referenceDate">,
  official: EligibilityOfficial,
  blackouts: readonly BlackoutWindow[],
): ParticipantEligibility {
  const referenceDate = toIsoDate(round.referenceDate);
  if (round.type === "JOB_FIT") {
    return jobFitEligibility({ inauguratedOn: official.inauguratedOn ? toIsoDate(official.inauguratedOn) : null, referenceDate, blackouts });
  }
  return openSelectionParticipantEligibility({
    birthDate: toIsoDate(official.birthDate),
    educationLevel: official.educationLevel,
    relevantExperienceSince: official.relevantExperienceSince ? toIsoDate(official.relevantExperienceSince) : null,
    administratorSince: official.administratorSince ? toIsoDate(official.administratorSince) : null,
    heavyDisciplineSanction: official.sanctionLevel === "HEAVY",
    referenceDate,
  });
}

async function roundPositionFor(tx: Tx, round: LockedRound, official: EligibilityOfficial, requested: string | undefined) {
  if (round.type === "JOB_FIT") {
    // A job fit tests the incumbents of the posts in scope, each on their own post.
    const own = official.positionId ? await tx.roundPosition.findFirst({ where: { roundId: round.id, positionId: official.positionId }, select: { id: true } }) : null;
    if (!own) throw fieldError("officialId", "Pejabat ini bukan pemangku salah satu jabatan dalam putaran ini.");
    return own.id;
  }
  if (!requested) throw fieldError("roundPositionId", "Pilih jabatan yang dilamar.");
  const applied = await tx.roundPosition.findFirst({ where: { id: requested, roundId: round.id }, select: { id: true } });
  if (!applied) throw fieldError("roundPositionId", "Jabatan yang dilamar tidak termasuk putaran ini.");
  return applied.id;
}

/** Adds a participant. Someone ineligible is included only with a recorded override reason
 * (e.g. the number of Kemendagri's written approval during a blackout). */
export async function addParticipant(actor: Actor, roundId: string, input: AddParticipantInput): Promise<{ id: string }> {
  assertCan(actor.role, "round:manage");
  try {
    return await db.$transaction(async (tx) => {
      const round = await lockRound(tx, actor, roundId, ["DRAFT"]);
      const official = await tx.official.findFirst({ where: { id: input.officialId, agencyId: actor.agencyId }, select: officialEligibilitySelect });
      if (!official) throw notFound("Pejabat");
      const roundPositionId = await roundPositionFor(tx, round, official, input.roundPositionId);
      const eligibility = evaluateEligibility(round, official, await agencyBlackouts(tx, actor.agencyId));
      const overrideReason = input.overrideReason?.trim() || null;
      if (!eligibility.eligible && !overrideReason) {
        const why = eligibility.reasons.map((r) => participantReasonLabel(r)).join("; ");
        throw fieldError("overrideReason", `${official.name} tidak memenuhi syarat: ${why}. Isi alasan pengecualian untuk tetap menyertakannya.`);
      }
      const participant = await tx.participant.create({
        data: {
          roundId,
          officialId: official.id,
          roundPositionId,
          eligible: eligibility.eligible,
          eligibilityReasons: eligibility.reasons,
          overrideReason: eligibility.eligible ? null : overrideReason,
          overriddenById: eligibility.eligible ? null : actor.userId,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        action: "PARTICIPANT_ADD",
        entity: "Participant",
        entityId: participant.id,
        after: { roundId, officialId: official.id, nip: official.nip, roundPositionId, ...eligibility },
        reason: eligibility.eligible ? null : overrideReason,
      });
      return participant;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("officialId", "Pejabat ini sudah menjadi peserta putaran ini.");
    throw error;
  }
}

export async function removeParticipant(actor: Actor, roundId: string, participantId: string) {
  assertCan(actor.role, "round:manage");
  await db.$transaction(async (tx) => {
    await lockRound(tx, actor, roundId, ["DRAFT"]);
    const participant = await tx.participant.findFirst({
      where: { id: participantId, roundId },
      select: { officialId: true, eligible: true, eligibilityReasons: true, overrideReason: true, roundPositionId: true },
    });
    if (!participant) throw notFound("Peserta");
    const data = await tx.assessmentResult.count({ where: { participantId } });
    if (data > 0) throw new AppError("INVALID_STATE", "Peserta yang sudah memiliki hasil asesmen tidak dapat dihapus.");
    await tx.participant.delete({ where: { id: participantId } });
    await recordAudit(tx, actor, { action: "PARTICIPANT_REMOVE", entity: "Participant", entityId: participantId, before: participant });
  });
}

/**
 * Re-checks a participant's eligibility against today's records (a blackout window recorded, an
 * inauguration date corrected since they were added) and stores it. Someone ineligible for a
 * reason no recorded override covers stays in the round only with a new override reason.
 */
export async function recheckParticipant(actor: Actor, roundId: string, participantId: string, input: { overrideReason?: string }) {
  assertCan(actor.role, "round:manage");
  await db.$transaction(async (tx) => {
    const round = await lockRound(tx, actor, roundId, ["DRAFT"]);
    const participant = await tx.participant.findFirst({
      where: { id: participantId, roundId },
      select: { eligible: true, eligibilityReasons: true, overrideReason: true, overriddenById: true, official: { select: officialEligibilitySelect } },
    });
    if (!participant) throw notFound("Peserta");
    const eligibility = evaluateEligibility(round, participant.official, await agencyBlackouts(tx, actor.agencyId));
    const given = input.overrideReason?.trim() || null;
    const uncovered = uncoveredReasons({ reasons: eligibility.reasons, storedReasons: participant.eligibilityReasons as ParticipantReason[], overrideReason: participant.overrideReason });
    if (uncovered.length > 0 && !given) {
      const why = uncovered.map((r) => participantReasonLabel(r)).join("; ");
      throw fieldError("overrideReason", `${participant.official.name} kini tidak memenuhi syarat: ${why}. Isi alasan pengecualian untuk tetap menyertakannya.`);
    }
    const override = eligibility.eligible
      ? { overrideReason: null, overriddenById: null }
      : given
        ? { overrideReason: given, overriddenById: actor.userId }
        : { overrideReason: participant.overrideReason, overriddenById: participant.overriddenById };
    await tx.participant.update({ where: { id: participantId }, data: { eligible: eligibility.eligible, eligibilityReasons: eligibility.reasons, ...override } });
    await recordAudit(tx, actor, {
      action: "PARTICIPANT_RECHECK",
      entity: "Participant",
      entityId: participantId,
      before: { eligible: participant.eligible, reasons: participant.eligibilityReasons, overrideReason: participant.overrideReason },
      after: { eligible: eligibility.eligible, reasons: eligibility.reasons, overrideReason: override.overrideReason },
      reason: given,
    });
  });
}
