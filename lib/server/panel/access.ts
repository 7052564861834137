import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, type Permission } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/users";

type Tx = Prisma.TransactionClient | typeof db;

/** The actor's own seat on the round's panel (only panel members score). */
export async function seatOf(tx: Tx, actor: Actor, roundId: string) {
  assertCan(actor.role, "panel:score");
  const seat = await tx.panelMember.findFirst({
    where: { roundId, userId: actor.userId, round: { agencyId: actor.agencyId } },
    select: { id: true, role: true, internal: true, round: { select: { id: true, name: true, status: true } } },
  });
  if (!seat) throw notFound("Putaran");
  return seat;
}

/** What a reader of a round's panel work may see. The KETUA is a panel member too: the
 * participants they declared a conflict with are hidden from them (issue 5: a conflicted member
 * never sees that participant's scores), while the BKD, Sekda and head see everyone. */
export type Oversight = { isChair: boolean; hiddenFromChair: ReadonlySet<string> };

async function oversightOf(tx: Tx, actor: Actor, roundId: string, permission: Permission, refusal: string): Promise<Oversight> {
  const round = await tx.round.findFirst({ where: { id: roundId, agencyId: actor.agencyId }, select: { id: true } });
  if (!round) throw notFound("Putaran");
  if (can(actor.role, permission)) return { isChair: false, hiddenFromChair: new Set() };
  const chair = await tx.panelMember.findFirst({
    where: { roundId, userId: actor.userId, role: "KETUA" },
    select: { conflicts: { select: { participantId: true, hasConflict: true } }, round: { select: { _count: { select: { participants: true } } } } },
  });
  if (!chair) throw new AppError("FORBIDDEN", refusal);
  // Conflicts are declared before anything is seen (ADR 0012): the oversight views show every
  // participant's data and the other members' declarations, so a KETUA who has not declared for
  // every participant yet would see them before deciding on their own conflicts.
  if (chair.conflicts.length < chair.round._count.participants) throw new AppError("FORBIDDEN", CHAIR_UNDECLARED, {}, "CHAIR_UNDECLARED");
  return { isChair: true, hiddenFromChair: new Set(chair.conflicts.filter((c) => c.hasConflict).map((c) => c.participantId)) };
}

export const CHAIR_UNDECLARED = "Nyatakan dahulu ada atau tidaknya konflik kepentingan Anda untuk setiap peserta; ringkasan ketua terbuka setelahnya.";

/** Whether `error` is the refusal of a KETUA who has not declared yet (pages show it in place). */
export const isChairUndeclared = (error: unknown) => error instanceof AppError && error.reason === "CHAIR_UNDECLARED";

/** Who may follow a round's panel work as a whole: the BKD and the Sekda (round:progress) of the
 * agency, and the round's KETUA. */
export function assertPanelOverseer(tx: Tx, actor: Actor, roundId: string) {
  return oversightOf(tx, actor, roundId, "round:progress", "Hanya BKD, Sekda, dan ketua pansel yang dapat melihat ini.");
}

/** Results are confidential personnel records, before the head decides and after (ADR 0012): only
 * the BKD, the Sekda and the head (results:read) and the round's KETUA read them. Other panel
 * members see only their own sheets, and the decision itself reaches them as the decree, not as
 * the scores. */
export function assertResultsReader(tx: Tx, actor: Actor, roundId: string) {
  return oversightOf(
    tx, actor, roundId, "results:read",
    "Hasil seleksi bersifat rahasia, juga setelah kepala daerah memutuskan: hanya BKD, Sekda, kepala daerah, dan ketua pansel yang dapat melihatnya. Anggota pansel melihat lembar penilaiannya sendiri.",
  );
}

/** Finalising (and correcting) results: the BKD (results:finalise) or the round's KETUA. */
export async function assertResultsFinaliser(tx: Tx, actor: Actor, roundId: string) {
  const { isChair } = await assertResultsReader(tx, actor, roundId);
  if (!isChair && !can(actor.role, "results:finalise")) throw new AppError("FORBIDDEN", "Hanya BKD atau ketua pansel yang dapat memfinalkan hasil.");
}
