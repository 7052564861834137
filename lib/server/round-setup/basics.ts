import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { DEFAULT_RUBRIC, WEIGHT_PRESETS } from "@/lib/domain/round-config";
import { fromIsoDate, toIsoDate } from "@/lib/iso-date";
import { oversightSchema, type CreateRoundInput, type OversightInput, type RoundBasicsInput, type RoundPositionsInput } from "@/lib/schemas/round";
import { recordAudit } from "@/lib/server/audit";
import { checkField } from "@/lib/server/field-check";
import type { Actor } from "@/lib/server/users";
import { lockRound } from "./round-lock";

const presetWeights = (key: string) => WEIGHT_PRESETS.find((p) => p.key === key)!.weights;

/** A new round in DRAFT with the weight preset of its type (job fit: with performance; open
 * selection: BKN 2016), the default rubric, and the agency's oversight body. */
export async function createRound(actor: Actor, input: CreateRoundInput): Promise<{ id: string }> {
  assertCan(actor.role, "round:manage");
  return db.$transaction(async (tx) => {
    const agency = await tx.agency.findUniqueOrThrow({ where: { id: actor.agencyId }, select: { oversightBodyName: true, oversightMode: true } });
    const weights = presetWeights(input.type === "JOB_FIT" ? "JOB_FIT" : "BKN_2016");
    const round = await tx.round.create({
      data: {
        agencyId: actor.agencyId,
        type: input.type,
        name: input.name,
        referenceDate: fromIsoDate(input.referenceDate),
        oversightBodyName: agency.oversightBodyName,
        oversightMode: input.type === "JOB_FIT" ? agency.oversightMode : "RECOMMENDATION",
        configVersions: { create: { version: 1, weights, rubric: DEFAULT_RUBRIC, createdById: actor.userId } },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "ROUND_CREATE", entity: "Round", entityId: round.id, after: { ...input, weights } });
    return round;
  });
}

export async function updateRoundBasics(actor: Actor, roundId: string, input: RoundBasicsInput) {
  assertCan(actor.role, "round:manage");
  await db.$transaction(async (tx) => {
    const round = await lockRound(tx, actor, roundId, ["DRAFT", "SCORING"]);
    const before = {
      name: round.name,
      referenceDate: toIsoDate(round.referenceDate),
      scoringOpensOn: round.scoringOpensOn ? toIsoDate(round.scoringOpensOn) : undefined,
      scoringClosesOn: round.scoringClosesOn ? toIsoDate(round.scoringClosesOn) : undefined,
    };
    // Eligibility was judged on the reference date; it cannot move once participants are fixed.
    if (round.status !== "DRAFT" && input.referenceDate !== before.referenceDate) {
      throw new AppError("INVALID_STATE", "Tanggal acuan tidak dapat diubah setelah penilaian dimulai.", { referenceDate: ["Tanggal acuan terkunci."] });
    }
    if (input.referenceDate !== before.referenceDate) {
      const participants = await tx.participant.count({ where: { roundId } });
      if (participants > 0) {
        throw new AppError("VALIDATION", "Hapus peserta terlebih dahulu: kelayakan mereka dinilai pada tanggal acuan.", {
          referenceDate: ["Tanggal acuan tidak dapat diubah selama ada peserta."],
        });
      }
    }
    await tx.round.update({
      where: { id: roundId },
      data: {
        name: input.name,
        referenceDate: fromIsoDate(input.referenceDate),
        scoringOpensOn: input.scoringOpensOn ? fromIsoDate(input.scoringOpensOn) : null,
        scoringClosesOn: input.scoringClosesOn ? fromIsoDate(input.scoringClosesOn) : null,
      },
    });
    await recordAudit(tx, actor, { action: "ROUND_UPDATE", entity: "Round", entityId: roundId, before, after: input });
  });
}

/** The JPT posts in scope; a post with participants cannot leave the round. */
export async function setRoundPositions(actor: Actor, roundId: string, input: RoundPositionsInput) {
  assertCan(actor.role, "round:manage");
  await db.$transaction(async (tx) => {
    await lockRound(tx, actor, roundId, ["DRAFT"]);
    const wanted = new Set(input.positionIds);
    const posts = await tx.position.findMany({
      where: { id: { in: [...wanted] }, agencyId: actor.agencyId, grade: "JPT_PRATAMA" },
      select: { id: true },
    });
    if (posts.length !== wanted.size) throw new AppError("VALIDATION", "Ada jabatan yang bukan jabatan JPT Pratama instansi Anda.");
    const current = await tx.roundPosition.findMany({
      where: { roundId },
      select: { id: true, positionId: true, reservedForOpenSelection: true, position: { select: { title: true } }, _count: { select: { participants: true } } },
    });
    const removed = current.filter((rp) => !wanted.has(rp.positionId));
    const blocked = removed.find((rp) => rp._count.participants > 0);
    if (blocked) throw new AppError("VALIDATION", `${blocked.position.title} masih memiliki peserta; hapus pesertanya terlebih dahulu.`);
    const reserved = new Set(input.reservedIds);
    await tx.roundPosition.deleteMany({ where: { id: { in: removed.map((rp) => rp.id) } } });
    for (const positionId of wanted) {
      await tx.roundPosition.upsert({
        where: { roundId_positionId: { roundId, positionId } },
        create: { roundId, positionId, reservedForOpenSelection: reserved.has(positionId) },
        update: { reservedForOpenSelection: reserved.has(positionId) },
      });
    }
    await recordAudit(tx, actor, {
      action: "ROUND_POSITIONS_SET",
      entity: "Round",
      entityId: roundId,
      before: current.map((rp) => ({ positionId: rp.positionId, reserved: rp.reservedForOpenSelection })),
      after: [...wanted].map((positionId) => ({ positionId, reserved: reserved.has(positionId) })),
    });
  });
}

export async function saveOversight(actor: Actor, roundId: string, input: OversightInput) {
  assertCan(actor.role, "round:manage");
  // The form's rules again: a caller without the form must not store a minimum the set-up
  // screens cannot use, nor a blank oversight body.
  const checked: OversightInput = {
    oversightMode: checkField("oversightMode", oversightSchema.shape.oversightMode, input.oversightMode),
    oversightBodyName: checkField("oversightBodyName", oversightSchema.shape.oversightBodyName, input.oversightBodyName),
    minApplicantsPerPost: checkField("minApplicantsPerPost", oversightSchema.shape.minApplicantsPerPost, input.minApplicantsPerPost),
  };
  await db.$transaction(async (tx) => {
    const round = await lockRound(tx, actor, roundId, ["DRAFT", "SCORING"]);
    const before = { oversightMode: round.oversightMode, oversightBodyName: round.oversightBodyName, minApplicantsPerPost: round.minApplicantsPerPost };
    await tx.round.update({ where: { id: roundId }, data: checked });
    await recordAudit(tx, actor, { action: "ROUND_OVERSIGHT_SET", entity: "Round", entityId: roundId, before, after: checked });
  });
}
