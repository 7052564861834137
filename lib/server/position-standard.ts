import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { CORE_COMPETENCIES, COMPETENCY_LABELS, DEFAULT_STANDARD_LEVEL, MANAGERIAL_COMPETENCIES } from "@/lib/domain/competency";
import { planTechnicalStandard, STANDARD_FROZEN_STATUSES } from "@/lib/domain/competency-standard";
import { ROUND_STATUS_LABELS, type RoundStatus } from "@/lib/domain/workflow/round";
import { AppError, fieldError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StandardInput } from "@/lib/schemas/position";
import { recordAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/users";

type Tx = Prisma.TransactionClient;

const kindOf = (code: string) => ((MANAGERIAL_COMPETENCIES as readonly string[]).includes(code) ? "MANAGERIAL" : "SOCIOCULTURAL") as "MANAGERIAL" | "SOCIOCULTURAL";

export const DEFAULT_STANDARD: StandardInput = {
  core: Object.fromEntries(CORE_COMPETENCIES.map((code) => [code, DEFAULT_STANDARD_LEVEL])) as StandardInput["core"],
  technical: [],
};

/** The nine core rows (PermenPANRB 38/2017), in catalogue order. */
export function coreStandardRows(core: StandardInput["core"]) {
  return CORE_COMPETENCIES.map((code, index) => ({ code, kind: kindOf(code), name: COMPETENCY_LABELS[code], level: core[code], sortOrder: index }));
}

/** A technical competency's code, given once when it is added and kept for good (ADR 0013):
 * assessment results refer to it. Random, so no edit of any post can ever hand it out again. */
export const newTechnicalCode = () => `TEKNIS_${randomBytes(8).toString("hex").toUpperCase()}`;

/**
 * Locks the post, then the rounds that include it, and refuses while one of them runs (SCORING or
 * FINALISED, STANDARD_FROZEN_STATUSES): a concurrent "start scoring" (which locks its round)
 * either waits for this edit or is seen by it. The post is locked FOR NO KEY UPDATE so that set-up
 * inserts referring to it (their foreign-key checks take KEY SHARE) do not wait on it.
 */
async function lockEditableStandard(tx: Tx, actor: Actor, positionId: string) {
  const post = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Position" WHERE id = ${positionId} AND "agencyId" = ${actor.agencyId} FOR NO KEY UPDATE`;
  if (post.length === 0) throw notFound("Jabatan");
  const rounds = await tx.$queryRaw<{ name: string; status: RoundStatus }[]>`
    SELECT r.name, r.status::text AS status FROM "Round" r JOIN "RoundPosition" rp ON rp."roundId" = r.id
    WHERE rp."positionId" = ${positionId} ORDER BY r.id FOR SHARE OF r`;
  const running = rounds.find((r) => STANDARD_FROZEN_STATUSES.includes(r.status));
  if (running) {
    throw new AppError(
      "INVALID_STATE",
      `Standar kompetensi tidak dapat diubah selama jabatan ini termasuk putaran "${running.name}" yang berstatus ${ROUND_STATUS_LABELS[running.status]}. Ubah setelah putaran ditutup.`,
    );
  }
}

/** Refuses to remove a technical competency that has assessment results in a round past set-up:
 * those results are evidence of that round. */
async function assertRemovable(tx: Tx, positionId: string, removed: { code: string; name: string }[]) {
  if (removed.length === 0) return;
  const used = await tx.assessmentResult.findFirst({
    where: { competencyCode: { in: removed.map((r) => r.code) }, participant: { roundPosition: { positionId }, round: { status: { not: "DRAFT" } } } },
    select: { competencyCode: true, participantId: true },
  });
  if (!used) return;
  const round = await tx.round.findFirstOrThrow({ where: { participants: { some: { id: used.participantId } } }, select: { name: true } });
  const name = removed.find((r) => r.code === used.competencyCode)!.name;
  throw fieldError("standard", `Kompetensi teknis "${name}" sudah memiliki hasil asesmen pada putaran "${round.name}" dan tidak dapat dihapus.`);
}

/** Applies an edit of a post's competency standard row by row: core levels in place, technical
 * competencies kept with their codes, added with new ones or removed (planTechnicalStandard).
 * Audited with the standard before and after. */
export async function updateStandard(actor: Actor, positionId: string, standard: StandardInput) {
  assertCan(actor.role, "masterdata:write");
  await db.$transaction(async (tx) => {
    await lockEditableStandard(tx, actor, positionId);
    const stored = await tx.competencyStandard.findMany({
      where: { positionId },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { code: true, kind: true, name: true, level: true, sortOrder: true },
    });
    const technicalStored = stored.filter((s) => s.kind === "TECHNICAL").map((s) => ({ code: s.code, name: s.name, level: Number(s.level) }));
    const plan = planTechnicalStandard(technicalStored, standard.technical, newTechnicalCode);
    if (plan.unknownCodes.length > 0) {
      throw fieldError("standard", "Standar kompetensi jabatan ini baru saja diubah di tempat lain. Muat ulang halaman, lalu ulangi perubahan Anda.");
    }
    await assertRemovable(tx, positionId, plan.removed);
    if (plan.removed.length > 0) await tx.competencyStandard.deleteMany({ where: { positionId, code: { in: plan.removed.map((r) => r.code) } } });
    const rows = [...coreStandardRows(standard.core), ...plan.rows.map(({ code, name, level, sortOrder }) => ({ code, kind: "TECHNICAL" as const, name, level, sortOrder }))];
    for (const row of rows) {
      const { code, ...data } = row;
      await tx.competencyStandard.upsert({ where: { positionId_code: { positionId, code } }, create: { positionId, ...row }, update: data });
    }
    await recordAudit(tx, actor, {
      action: "STANDARD_UPDATE",
      entity: "Position",
      entityId: positionId,
      before: stored.map((s) => ({ ...s, level: Number(s.level) })),
      after: rows,
    });
  });
}
