import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { scoredPanelComponents, type PanelComponent, type Weights } from "@/lib/domain/round-config";
import type { Actor } from "@/lib/server/users";
import { seatOf } from "./access";
import { criteriaOf, scoringSeat, sheetWritesOpen, type SheetKey } from "./sheets";

const itemsOf = (items: { criterion: string; value: unknown; note: string }[]) =>
  items.map((i) => ({ criterion: i.criterion, value: Number(i.value) === 0 ? null : Number(i.value), note: i.note }));

/**
 * A member's own sheet for one participant and component, its submitted history, and — only once
 * the member has submitted their own sheet (blind scoring) — the other members' submitted values.
 * The blind rule lives here, in the query, not in the page.
 */
export async function getSheetView(actor: Actor, key: SheetKey) {
  const seat = await scoringSeat(db, actor, key, { write: false });
  const participant = await db.participant.findFirst({
    where: { id: key.participantId, roundId: key.roundId },
    select: { id: true, official: { select: { name: true, nip: true } }, roundPosition: { select: { position: { select: { title: true } } } } },
  });
  if (!participant) throw notFound("Peserta");
  const sheet = await db.scoreSheet.findUnique({
    where: { panelMemberId_participantId_component: { panelMemberId: seat.id, participantId: key.participantId, component: key.component } },
    select: {
      status: true, version: true, revision: true, score: true, submittedAt: true,
      configVersion: { select: { version: true, rubric: true } },
      items: { select: { criterion: true, value: true, note: true } },
      revisions: { orderBy: { revision: "desc" }, select: { revision: true, items: true, score: true, reason: true, submittedAt: true } },
    },
  });
  const config = sheet?.configVersion ?? (await db.roundConfigVersion.findFirstOrThrow({ where: { roundId: key.roundId }, orderBy: { version: "desc" }, select: { version: true, rubric: true } }));
  const submitted = sheet?.status === "SUBMITTED";
  const others = submitted ? await othersSubmitted(seat.id, key) : null;
  return {
    round: { id: seat.round.id, name: seat.round.name, status: seat.round.status },
    participant: { id: participant.id, name: participant.official.name, nip: participant.official.nip, post: participant.roundPosition?.position.title ?? null },
    component: key.component,
    may: { edit: sheetWritesOpen(seat.round.status, false), revise: sheetWritesOpen(seat.round.status, true) },
    rubric: criteriaOf(config.rubric, key.component),
    rubricVersion: config.version,
    sheet: sheet
      ? { status: sheet.status, version: sheet.version, revision: sheet.revision, score: sheet.score === null ? null : Number(sheet.score), submittedAt: sheet.submittedAt?.toISOString() ?? null, items: itemsOf(sheet.items) }
      : null,
    history: (sheet?.revisions ?? []).map((r) => ({ revision: r.revision, score: Number(r.score), reason: r.reason, submittedAt: r.submittedAt.toISOString(), items: r.items as { criterion: string; value: number; note: string }[] })),
    others,
  };
}

/** Other members' submitted sheets for the same participant and component. */
async function othersSubmitted(seatId: string, key: SheetKey) {
  const sheets = await db.scoreSheet.findMany({
    where: { participantId: key.participantId, component: key.component, status: "SUBMITTED", panelMemberId: { not: seatId } },
    orderBy: { panelMember: { role: "asc" } },
    select: { score: true, items: { select: { criterion: true, value: true, note: true } }, panelMember: { select: { id: true, role: true, user: { select: { name: true } } } } },
  });
  return sheets.map((s) => ({ memberId: s.panelMember.id, memberName: s.panelMember.user?.name ?? "", role: s.panelMember.role, score: Number(s.score), items: itemsOf(s.items) }));
}

export type SheetState = "NONE" | "DRAFT" | "SUBMITTED" | "NOT_SCORED";

/** The rounds, participants and sheet states of the actor's seat (the panel member's inbox). */
export async function getMyRoundSheets(actor: Actor, roundId: string) {
  const seat = await seatOf(db, actor, roundId);
  const participants = await db.participant.findMany({
    where: { roundId },
    orderBy: { official: { name: "asc" } },
    select: {
      id: true,
      official: { select: { name: true, nip: true } },
      roundPosition: { select: { position: { select: { title: true } } } },
      conflicts: { where: { panelMemberId: seat.id }, select: { hasConflict: true } },
      sheets: { where: { panelMemberId: seat.id }, select: { component: true, status: true } },
    },
  });
  const declared = participants.every((p) => p.conflicts.length > 0);
  const config = await db.roundConfigVersion.findFirstOrThrow({ where: { roundId }, orderBy: { version: "desc" }, select: { weights: true } });
  const scored = scoredPanelComponents(config.weights as Weights);
  const stateOf = (sheets: { component: string; status: "DRAFT" | "SUBMITTED" }[], component: PanelComponent): SheetState =>
    scored.includes(component) ? (sheets.find((s) => s.component === component)?.status ?? "NONE") : "NOT_SCORED";
  return {
    seat,
    declared,
    participants: participants.map((p) => ({
      id: p.id,
      name: p.official.name,
      nip: p.official.nip,
      post: p.roundPosition?.position.title ?? null,
      conflict: p.conflicts[0]?.hasConflict ?? null,
      PAPER: stateOf(p.sheets, "PAPER"),
      INTERVIEW: stateOf(p.sheets, "INTERVIEW"),
    })),
  };
}
