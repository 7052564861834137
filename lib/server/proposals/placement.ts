import "server-only";
import type { Db } from "@/lib/db";
import { doublePlacements, placedPost, type PlacedMove } from "@/lib/domain/proposal-placement";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient | Db;
export type Holder = { id: string; name: string; currentPostId: string | null };
export type NamedDouble = { postId: string; post: string; participantIds: string[]; names: string[] };

/** The round's participants with their name and current post, for placement checks. */
export async function roundHolders(tx: Tx, roundId: string): Promise<Holder[]> {
  const participants = await tx.participant.findMany({ where: { roundId }, select: { id: true, official: { select: { name: true } }, roundPosition: { select: { positionId: true } } } });
  return participants.map((p) => ({ id: p.id, name: p.official.name, currentPostId: p.roundPosition?.positionId ?? null }));
}

/** Posts the moves give to two or more participants, named for the user. With `rejectedStays`, a
 * rejected move counts as staying (what an approval would leave in force). */
export async function doublyPlaced(
  tx: Tx,
  holders: readonly Holder[],
  moves: readonly (PlacedMove & { participantId: string })[],
  options: { rejectedStays?: boolean } = {},
): Promise<NamedDouble[]> {
  const moveOf = new Map(moves.map((m) => [m.participantId, m]));
  const doubles = doublePlacements(holders.map((h) => ({ holderId: h.id, postId: placedPost(moveOf.get(h.id), h.currentPostId, options) })));
  return nameDoubles(tx, holders, doubles.map((d) => ({ postId: d.postId, participantIds: d.holderIds })));
}

export async function nameDoubles(tx: Tx, holders: readonly Holder[], doubles: readonly { postId: string; participantIds: string[] }[]): Promise<NamedDouble[]> {
  if (doubles.length === 0) return [];
  const posts = await tx.position.findMany({ where: { id: { in: doubles.map((d) => d.postId) } }, select: { id: true, title: true } });
  const title = new Map(posts.map((p) => [p.id, p.title]));
  const name = new Map(holders.map((h) => [h.id, h.name]));
  return doubles.map((d) => ({ ...d, post: title.get(d.postId) ?? d.postId, names: d.participantIds.map((id) => name.get(id) ?? id) }));
}

/** "Jabatan X: A dan B; jabatan Y: …" */
export function listDoubles(doubles: readonly NamedDouble[]): string {
  return doubles.map((d) => `${d.post} (${d.names.join(" dan ")})`).join("; ");
}
