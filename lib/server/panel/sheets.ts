import "server-only";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { scoredPanelComponents, type PanelComponent, type Rubric, type RubricCriterion, type Weights } from "@/lib/domain/round-config";
import { missingCriteria, sheetScore, type SheetItem } from "@/lib/domain/scoring/sheet";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RoundStatus } from "@/lib/domain/workflow/round";
import type { SheetReviseInput, SheetWriteInput } from "@/lib/schemas/panel";
import { recordAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/users";
import { lockRoundRow } from "@/lib/server/round-setup/round-lock";
import { seatOf } from "./access";

type Tx = Prisma.TransactionClient;
export type Component = PanelComponent;
export type SheetKey = { roundId: string; participantId: string; component: Component };

const STALE = "Lembar ini telah diubah di tab atau perangkat lain. Muat ulang halaman untuk melihat versi terbaru; perubahan Anda di tab ini tidak tersimpan.";

/** Whether sheets of a round in `status` may be written. After finalising, a submitted sheet can
 * still be corrected by a reasoned revision; the frozen result snapshot does not change until the
 * BKD or the KETUA records a corrected one. */
export function sheetWritesOpen(status: RoundStatus, revise: boolean): boolean {
  return status === "SCORING" || (revise && status === "FINALISED");
}

/** The seat of the actor on the round, cleared to score this participant: declared, no conflict. */
export async function scoringSeat(tx: Tx | typeof db, actor: Actor, key: SheetKey, { write, revise = false }: { write: boolean; revise?: boolean }) {
  const seat = await seatOf(tx, actor, key.roundId);
  if (write && !sheetWritesOpen(seat.round.status, revise)) throw new AppError("INVALID_STATE", "Penilaian putaran ini tidak sedang dibuka.");
  // A write holds the declaration row (FOR SHARE) until it commits, so a conflict declared for
  // this participant meanwhile (declareConflicts locks the member's rows FOR UPDATE) waits for it
  // and then sees the sheet, or the write waits and sees the conflict.
  const declaration = write
    ? (await tx.$queryRaw<{ hasConflict: boolean }[]>`
        SELECT "hasConflict" FROM "ConflictDeclaration" WHERE "panelMemberId" = ${seat.id} AND "participantId" = ${key.participantId} FOR SHARE`)[0]
    : await tx.conflictDeclaration.findUnique({
        where: { panelMemberId_participantId: { panelMemberId: seat.id, participantId: key.participantId } },
        select: { hasConflict: true },
      });
  if (!declaration) throw new AppError("FORBIDDEN", "Nyatakan konflik kepentingan untuk semua peserta sebelum menilai.");
  if (declaration.hasConflict) throw new AppError("FORBIDDEN", "Anda menyatakan konflik kepentingan dengan peserta ini sehingga tidak menilai dan tidak melihat nilainya.");
  return seat;
}

async function currentConfig(tx: Tx | typeof db, roundId: string) {
  return tx.roundConfigVersion.findFirstOrThrow({ where: { roundId }, orderBy: { version: "desc" }, select: { id: true, version: true, rubric: true, weights: true } });
}

export function criteriaOf(rubric: unknown, component: Component): RubricCriterion[] {
  return (rubric as Rubric)[component];
}

function checkItems(items: SheetWriteInput["items"], criteria: RubricCriterion[]) {
  const codes = new Set(criteria.map((c) => c.code));
  const unknown = items.find((i) => !codes.has(i.criterion));
  if (unknown) throw new AppError("VALIDATION", `Kriteria ${unknown.criterion} tidak ada dalam rubrik.`);
}

async function replaceItems(tx: Tx, sheetId: string, items: SheetWriteInput["items"]) {
  await tx.scoreItem.deleteMany({ where: { sheetId } });
  const filled = items.filter((i) => i.value !== null || i.note.trim() !== "");
  // A draft may leave a value empty; the item keeps its note (value 0 stands for "not chosen yet").
  await tx.scoreItem.createMany({ data: filled.map((i) => ({ sheetId, criterion: i.criterion, value: i.value ?? 0, note: i.note })) });
}

async function findSheet(tx: Tx, seatId: string, key: SheetKey) {
  return tx.scoreSheet.findUnique({
    where: { panelMemberId_participantId_component: { panelMemberId: seatId, participantId: key.participantId, component: key.component } },
    select: { id: true, status: true, version: true, revision: true, score: true, configVersion: { select: { rubric: true } }, items: { select: { criterion: true, value: true, note: true } } },
  });
}

/** Writes a sheet in one transaction with a conditional update on its version, so a stale tab
 * never overwrites a newer save and two submits cannot both succeed. */
async function writeSheet(actor: Actor, key: SheetKey, input: SheetWriteInput, mode: "DRAFT" | "SUBMIT" | "REVISE", reason?: string) {
  try {
    return await db.$transaction(async (tx) => {
      await lockRoundRow(tx, actor, key.roundId, "SHARE");
      const seat = await scoringSeat(tx, actor, key, { write: true, revise: mode === "REVISE" });
      const existing = await findSheet(tx, seat.id, key);
      const config = await currentConfig(tx, key.roundId);
      const criteria = criteriaOf(existing ? existing.configVersion.rubric : config.rubric, key.component);
      if (!scoredPanelComponents(config.weights as Weights).includes(key.component) || criteria.length === 0) {
        throw new AppError("INVALID_STATE", "Komponen ini tidak dinilai pada putaran ini (bobotnya 0 atau rubriknya kosong).");
      }
      checkItems(input.items, criteria);
      const items: SheetItem[] = input.items;
      if (mode !== "DRAFT") {
        const missing = missingCriteria(items, criteria);
        if (missing.length > 0) throw new AppError("VALIDATION", `Isi nilai semua kriteria sebelum mengirim (${missing.length} belum diisi).`);
      }
      const score = mode === "DRAFT" ? null : sheetScore(items, criteria);
      const status = mode === "DRAFT" ? ("DRAFT" as const) : ("SUBMITTED" as const);
      let sheetId: string;
      let version: number;
      let revision: number;
      if (!existing) {
        if (input.expectedVersion !== 0 || mode === "REVISE") throw new AppError("CONFLICT", STALE);
        revision = mode === "SUBMIT" ? 1 : 0;
        const created = await tx.scoreSheet.create({
          data: { panelMemberId: seat.id, participantId: key.participantId, component: key.component, configVersionId: config.id, status, version: 1, revision, score, submittedAt: score === null ? null : new Date() },
          select: { id: true },
        });
        sheetId = created.id;
        version = 1;
      } else {
        const from = mode === "REVISE" ? "SUBMITTED" : "DRAFT";
        if (existing.status !== from) {
          throw new AppError("INVALID_STATE", existing.status === "SUBMITTED" ? "Lembar ini sudah dikirim; perubahan hanya melalui revisi dengan alasan." : "Lembar ini belum dikirim.");
        }
        revision = mode === "DRAFT" ? existing.revision : existing.revision + 1;
        const { count } = await tx.scoreSheet.updateMany({
          where: { id: existing.id, version: input.expectedVersion, status: from },
          data: { status, version: { increment: 1 }, revision, ...(score === null ? {} : { score, submittedAt: new Date() }) },
        });
        if (count !== 1) throw new AppError("CONFLICT", STALE);
        sheetId = existing.id;
        version = input.expectedVersion + 1;
      }
      await replaceItems(tx, sheetId, input.items);
      if (score !== null) {
        await tx.scoreSheetRevision.create({ data: { sheetId, revision, items: input.items, score, reason: reason ?? null, submittedAt: new Date() } });
      }
      const before = existing ? { status: existing.status, revision: existing.revision, score: existing.score === null ? null : Number(existing.score), items: existing.items.map((i) => ({ ...i, value: Number(i.value) })) } : null;
      const action = mode === "DRAFT" ? "SHEET_SAVE_DRAFT" : mode === "SUBMIT" ? "SHEET_SUBMIT" : "SHEET_REVISE";
      await recordAudit(tx, actor, { action, entity: "ScoreSheet", entityId: sheetId, before, after: { ...key, status, revision, score, items: input.items }, reason });
      return { version, status, score, revision };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", STALE);
    throw error;
  }
}

export const saveDraft = (actor: Actor, key: SheetKey, input: SheetWriteInput) => writeSheet(actor, key, input, "DRAFT");
export const submitSheet = (actor: Actor, key: SheetKey, input: SheetWriteInput) => writeSheet(actor, key, input, "SUBMIT");
export const reviseSheet = (actor: Actor, key: SheetKey, input: SheetReviseInput) => writeSheet(actor, key, input, "REVISE", input.reason);
