// Where a rotation proposal leaves each official, and the posts it would give twice: one JPT post
// has one holder (DOMAIN.md "Review and decision"), so neither the Sekda's proposal nor the head's
// decision on it may put two officials on the same post.

export type PlacedMove = {
  kind: "STAY" | "ROTATE" | "MOVE_DOWN" | "APPOINT";
  targetPositionId: string | null;
  decision?: "PENDING" | "APPROVED" | "REJECTED";
};

export type PlacementOptions = {
  /** A move the head rejected leaves the official where they are: a rejection keeps the status quo. */
  rejectedStays?: boolean;
  /** An appointment places nobody: the fit matrix of a job fit knows only its incumbents' moves,
   * and an appointment (open selection, DOMAIN.md "Ranking") is not one of them. */
  ignoreAppointments?: boolean;
};

/**
 * The JPT post an official ends on: the current post when staying (or without a move), the target
 * when rotated or appointed, none when moved down to an echelon-III post.
 */
export function placedPost(move: PlacedMove | undefined, currentPostId: string | null, { rejectedStays = false, ignoreAppointments = false }: PlacementOptions = {}): string | null {
  if (!move || move.kind === "STAY" || (rejectedStays && move.decision === "REJECTED")) return currentPostId;
  if (move.kind === "MOVE_DOWN" || (ignoreAppointments && move.kind === "APPOINT")) return null;
  return move.targetPositionId;
}

export type Placement<Id extends string = string> = { holderId: Id; postId: string | null };
export type DoublePlacement<Id extends string = string> = { postId: string; holderIds: Id[] };

/** Posts that two or more holders would take, each with its holders in input order; posts in
 * order of their first holder. */
export function doublePlacements<Id extends string>(placements: readonly Placement<Id>[]): DoublePlacement<Id>[] {
  const byPost = new Map<string, Id[]>();
  for (const { holderId, postId } of placements) {
    if (postId === null) continue;
    byPost.set(postId, [...(byPost.get(postId) ?? []), holderId]);
  }
  return [...byPost].filter(([, holders]) => holders.length > 1).map(([postId, holderIds]) => ({ postId, holderIds }));
}
