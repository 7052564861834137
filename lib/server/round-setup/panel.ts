import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { fieldError, isUniqueViolation, notFound } from "@/lib/errors";
import type { PanelMemberInput } from "@/lib/schemas/round";
import { recordAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/users";
import { lockRound } from "./round-lock";

/** A panel seat: a user account of the agency with the PANEL role (who will score), or an
 * external member recorded by name. Composition is checked when scoring starts. */
export async function addPanelMember(actor: Actor, roundId: string, input: PanelMemberInput): Promise<{ id: string }> {
  assertCan(actor.role, "round:manage");
  try {
    return await db.$transaction(async (tx) => {
      await lockRound(tx, actor, roundId, ["DRAFT"]);
      if (input.userId) {
        const user = await tx.user.findFirst({ where: { id: input.userId, agencyId: actor.agencyId, role: "PANEL", active: true }, select: { id: true } });
        if (!user) throw fieldError("userId", "Akun ini bukan akun anggota pansel yang aktif di instansi Anda.");
      }
      if (input.role === "KETUA") {
        const chair = await tx.panelMember.findFirst({ where: { roundId, role: "KETUA" }, select: { id: true } });
        if (chair) throw fieldError("role", "Pansel ini sudah memiliki ketua.");
      }
      const member = await tx.panelMember.create({
        data: {
          roundId,
          userId: input.userId ?? null,
          externalName: input.userId ? null : (input.externalName ?? null),
          role: input.role,
          internal: input.internal,
          institution: input.institution,
          decreeNumber: input.decreeNumber,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, { action: "PANEL_MEMBER_ADD", entity: "PanelMember", entityId: member.id, after: { roundId, ...input } });
      return member;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("userId", "Akun ini sudah menjadi anggota pansel putaran ini.");
    throw error;
  }
}

export async function removePanelMember(actor: Actor, roundId: string, memberId: string) {
  assertCan(actor.role, "round:manage");
  await db.$transaction(async (tx) => {
    await lockRound(tx, actor, roundId, ["DRAFT"]);
    const member = await tx.panelMember.findFirst({
      where: { id: memberId, roundId },
      select: { userId: true, externalName: true, role: true, internal: true, institution: true, decreeNumber: true },
    });
    if (!member) throw notFound("Anggota pansel");
    await tx.panelMember.delete({ where: { id: memberId } });
    await recordAudit(tx, actor, { action: "PANEL_MEMBER_REMOVE", entity: "PanelMember", entityId: memberId, before: member });
  });
}
