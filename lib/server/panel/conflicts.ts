import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CONFLICT_HINT_LABELS, suggestConflicts } from "@/lib/domain/conflict-suggestions";
import type { ConflictsInput } from "@/lib/schemas/panel";
import { recordAudit } from "@/lib/server/audit";
import { lockRoundRow } from "@/lib/server/round-setup/round-lock";
import type { Actor } from "@/lib/server/users";
import { seatOf } from "./access";

type Holder = {
  positionId: string | null;
  position: { orgUnitId: string; superiorId: string | null } | null;
  actingFor: { id: string; orgUnitId: string; superiorId: string | null }[];
} | null;
const postsOf = (o: Holder) => (o ? [...(o.positionId ? [o.positionId] : []), ...o.actingFor.map((p) => p.id)] : []);
const orgUnitsOf = (o: Holder, ...more: (string | undefined)[]) => [
  ...new Set([...(o?.position ? [o.position.orgUnitId] : []), ...(o?.actingFor.map((p) => p.orgUnitId) ?? []), ...more.filter((id) => id !== undefined)]),
];
const superiorsOf = (o: Holder) => (o ? [o.position?.superiorId ?? null, ...o.actingFor.map((p) => p.superiorId)].filter((id): id is string => id !== null) : []);

/** The declaration form: every participant with the member's current declaration and the likely
 * conflicts the system sees (same OPD, direct line, family name), which the member decides on. */
export async function getDeclarationForm(actor: Actor, roundId: string) {
  const seat = await seatOf(db, actor, roundId);
  const me = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { name: true, official: { select: { id: true, positionId: true, position: { select: { orgUnitId: true, superiorId: true } }, actingFor: { select: { id: true, orgUnitId: true, superiorId: true } } } } },
  });
  const participants = await db.participant.findMany({
    where: { roundId },
    orderBy: { official: { name: "asc" } },
    select: {
      id: true,
      official: { select: { id: true, name: true, nip: true, positionId: true, position: { select: { orgUnitId: true, superiorId: true } }, actingFor: { select: { id: true, orgUnitId: true, superiorId: true } } } },
      roundPosition: { select: { position: { select: { title: true, orgUnitId: true, orgUnit: { select: { name: true } } } } } },
      conflicts: { where: { panelMemberId: seat.id }, select: { hasConflict: true, reason: true } },
    },
  });
  const member = { name: me.name, officialId: me.official?.id ?? null, orgUnitIds: orgUnitsOf(me.official), postIds: postsOf(me.official), superiorPostIds: superiorsOf(me.official) };
  return {
    seat,
    participants: participants.map((p) => {
      const hints = suggestConflicts(member, {
        officialId: p.official.id,
        name: p.official.name,
        // In an open selection the post applied for is in another OPD than the applicant's own.
        orgUnitIds: orgUnitsOf(p.official, p.roundPosition?.position.orgUnitId),
        postIds: postsOf(p.official),
        superiorPostIds: superiorsOf(p.official),
      });
      return {
        id: p.id,
        name: p.official.name,
        nip: p.official.nip,
        post: p.roundPosition?.position.title ?? null,
        orgUnit: p.roundPosition?.position.orgUnit.name ?? null,
        declaration: p.conflicts[0] ?? null,
        suggestions: hints.map((h) => CONFLICT_HINT_LABELS[h]),
      };
    }),
  };
}

/**
 * Records the member's declarations. A declared conflict cannot be withdrawn by the member (only
 * made stricter): a "no conflict" may become a conflict as long as the member has not submitted a
 * sheet for that participant; their drafts for that participant are then discarded.
 */
export async function declareConflicts(actor: Actor, roundId: string, input: ConflictsInput) {
  await db.$transaction(async (tx) => {
    await lockRoundRow(tx, actor, roundId, "SHARE");
    const seat = await seatOf(tx, actor, roundId);
    // Hold the member's declarations before checking their sheets (see scoringSeat).
    await tx.$queryRaw`SELECT id FROM "ConflictDeclaration" WHERE "panelMemberId" = ${seat.id} FOR UPDATE`;
    if (seat.round.status !== "DRAFT" && seat.round.status !== "SCORING") throw new AppError("INVALID_STATE", "Penilaian putaran ini sudah ditutup.");
    const participantIds = new Set((await tx.participant.findMany({ where: { roundId }, select: { id: true } })).map((p) => p.id));
    const existing = new Map(
      (await tx.conflictDeclaration.findMany({ where: { panelMemberId: seat.id }, select: { participantId: true, hasConflict: true } })).map((d) => [d.participantId, d.hasConflict]),
    );
    const fieldErrors: Record<string, string[]> = {};
    for (const d of input.declarations) {
      if (!participantIds.has(d.participantId)) throw new AppError("VALIDATION", "Peserta tidak termasuk putaran ini.");
      if (existing.get(d.participantId) === true && !d.hasConflict) {
        fieldErrors[`reason_${d.participantId}`] = ["Konflik yang sudah dinyatakan tidak dapat dicabut. Hubungi ketua pansel atau BKD."];
      }
    }
    const undeclared = [...participantIds].filter((id) => !existing.has(id) && !input.declarations.some((d) => d.participantId === id));
    if (undeclared.length > 0) throw new AppError("VALIDATION", "Nyatakan ada atau tidaknya konflik untuk setiap peserta.");
    if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", "Periksa kembali isian yang ditandai.", fieldErrors);

    const newlyConflicted = input.declarations.filter((d) => d.hasConflict && existing.get(d.participantId) !== true).map((d) => d.participantId);
    const submitted = await tx.scoreSheet.findFirst({ where: { panelMemberId: seat.id, participantId: { in: newlyConflicted }, status: "SUBMITTED" }, select: { participantId: true } });
    if (submitted) {
      throw new AppError("INVALID_STATE", "Anda sudah mengirim nilai untuk peserta ini; konflik yang baru diketahui dilaporkan kepada ketua pansel atau BKD.", {
        [`reason_${submitted.participantId}`]: ["Nilai sudah dikirim untuk peserta ini."],
      });
    }
    await tx.scoreSheet.deleteMany({ where: { panelMemberId: seat.id, participantId: { in: newlyConflicted } } });
    for (const d of input.declarations) {
      const data = { hasConflict: d.hasConflict, reason: d.hasConflict ? d.reason! : null, declaredAt: new Date() };
      await tx.conflictDeclaration.upsert({
        where: { panelMemberId_participantId: { panelMemberId: seat.id, participantId: d.participantId } },
        create: { panelMemberId: seat.id, participantId: d.participantId, ...data },
        update: data,
      });
    }
    await recordAudit(tx, actor, { action: "CONFLICTS_DECLARE", entity: "PanelMember", entityId: seat.id, after: input.declarations });
  });
}
