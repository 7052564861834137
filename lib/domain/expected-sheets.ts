// Which score sheets a participant needs before their panel scores count as complete (ADR 0009,
// 0011): one per scoring member who has not declared a conflict with that participant, and per
// panel component weighted above 0. A member who has not declared yet still owes the sheets; a
// declared conflict releases them. Progress, the member's inbox, the panel overview and the
// finalise check all read this one rule.

import { scoredPanelComponents, type PanelComponent, type Weights } from "./round-config";

export type ExpectedSheet = { memberId: string; component: PanelComponent };

/** The members who score a participant: every scoring member but those conflicted with them,
 * in the given order. */
export function scoringMembers<Id extends string>(memberIds: readonly Id[], conflictedIds: Iterable<string>): Id[] {
  const conflicted = new Set(conflictedIds);
  return memberIds.filter((id) => !conflicted.has(id));
}

/** The sheets a participant needs, member by member (in the given order), each member's in
 * PANEL_COMPONENTS order. Empty when no panel component is weighted or every member is
 * conflicted. */
export function expectedSheets(weights: Weights, memberIds: readonly string[], conflictedIds: Iterable<string>): ExpectedSheet[] {
  const components = scoredPanelComponents(weights);
  return scoringMembers(memberIds, conflictedIds).flatMap((memberId) => components.map((component) => ({ memberId, component })));
}
