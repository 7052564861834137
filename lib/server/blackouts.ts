import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { BLACKOUT_LABELS, blackoutWindowFor, type BlackoutWindow } from "@/lib/domain/eligibility";
import { fromIsoDate, toIsoDate } from "@/lib/iso-date";
import type { BlackoutInput } from "@/lib/schemas/blackout";
import { recordAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/users";

export async function listBlackouts(actor: Actor) {
  assertCan(actor.role, "masterdata:read");
  const rows = await db.blackoutWindow.findMany({ where: { agencyId: actor.agencyId }, orderBy: { startsOn: "asc" }, select: { id: true, kind: true, startsOn: true, endsOn: true, note: true } });
  return rows.map((r) => ({ id: r.id, kind: r.kind, from: toIsoDate(r.startsOn), to: r.endsOn ? toIsoDate(r.endsOn) : null, note: r.note, label: BLACKOUT_LABELS[r.kind] }));
}

/** The window the law derives from the event (UU 10/2016 art. 71(2), 162(3)); OTHER is as typed. */
function windowOf(input: BlackoutInput): BlackoutWindow {
  if (input.kind === "HEAD_INAUGURATION") return blackoutWindowFor({ kind: "HEAD_INAUGURATION", date: input.eventDate });
  if (input.kind === "ELECTION") return blackoutWindowFor({ kind: "CANDIDATE_PAIRS_FIXED", date: input.eventDate, termEndsOn: input.endsOn ?? null });
  return { kind: "OTHER", from: input.eventDate, to: input.endsOn!, label: BLACKOUT_LABELS.OTHER };
}

export async function addBlackout(actor: Actor, input: BlackoutInput) {
  assertCan(actor.role, "masterdata:write");
  const window = windowOf(input);
  return db.$transaction(async (tx) => {
    const row = await tx.blackoutWindow.create({
      data: { agencyId: actor.agencyId, kind: window.kind, startsOn: fromIsoDate(window.from), endsOn: window.to ? fromIsoDate(window.to) : null, note: input.note ?? "" },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "BLACKOUT_ADD", entity: "BlackoutWindow", entityId: row.id, after: { ...window, event: input } });
    return row;
  });
}

export async function removeBlackout(actor: Actor, blackoutId: string) {
  assertCan(actor.role, "masterdata:write");
  await db.$transaction(async (tx) => {
    const row = await tx.blackoutWindow.findFirst({ where: { id: blackoutId, agencyId: actor.agencyId }, select: { kind: true, startsOn: true, endsOn: true, note: true } });
    if (!row) throw notFound("Masa larangan");
    await tx.blackoutWindow.delete({ where: { id: blackoutId } });
    await recordAudit(tx, actor, { action: "BLACKOUT_REMOVE", entity: "BlackoutWindow", entityId: blackoutId, before: row });
  });
}
