// How an edit of a post's competency standard maps onto its stored rows (docs/decisions/0013).
// Assessment results are keyed by competency code, so a technical competency keeps the code it
// was given when it was added, whatever is renamed, reordered or removed around it.

import { CORE_COMPETENCIES } from "./competency";
import type { RoundStatus } from "./workflow/round";

/**
 * Round statuses in which the standard of a post in scope is frozen. SCORING: the JPM the panel
 * and the BKD see while scoring must be the one finalising computes. FINALISED: corrections
 * recompute the results and the rotation suggestion reads the standard while the Sekda and the
 * head decide. DRAFT is set-up (the standard may still be adjusted); CLOSED and CANCELLED keep
 * their results in snapshots.
 */
export const STANDARD_FROZEN_STATUSES: readonly RoundStatus[] = ["SCORING", "FINALISED"];

export type StoredTechnical = { code: string; name: string; level: number };
/** A technical competency as the editor sends it: `code` for one already stored, none for a new one. */
export type TechnicalEdit = { code?: string; name: string; level: number };
export type PlannedTechnical = { code: string; name: string; level: number; sortOrder: number; isNew: boolean };

export type TechnicalPlan = {
  rows: PlannedTechnical[];
  /** Stored technical competencies the edit leaves out. */
  removed: StoredTechnical[];
  /** Codes sent that the post does not have (a stale page), or sent twice. */
  unknownCodes: string[];
};

/** Technical rows come after the nine core competencies (PermenPANRB 38/2017), in the editor's order. */
export const technicalSortOrder = (index: number) => CORE_COMPETENCIES.length + index;

/**
 * The stored technical rows after an edit: a row sent with its code keeps that code (renamed or
 * re-levelled in place), a row without one gets `newCode()` (never a code the post has or had in
 * this edit), a stored row not sent is removed. Codes are never derived from list positions.
 */
export function planTechnicalStandard(stored: readonly StoredTechnical[], edits: readonly TechnicalEdit[], newCode: () => string): TechnicalPlan {
  const byCode = new Map(stored.map((s) => [s.code, s]));
  const taken = new Set(stored.map((s) => s.code));
  const kept = new Set<string>();
  const unknownCodes: string[] = [];
  const rows = edits.map((edit, index): PlannedTechnical => {
    if (edit.code !== undefined) {
      if (!byCode.has(edit.code) || kept.has(edit.code)) unknownCodes.push(edit.code);
      kept.add(edit.code);
      return { code: edit.code, name: edit.name, level: edit.level, sortOrder: technicalSortOrder(index), isNew: false };
    }
    let code = newCode();
    while (taken.has(code)) code = newCode();
    taken.add(code);
    return { code, name: edit.name, level: edit.level, sortOrder: technicalSortOrder(index), isNew: true };
  });
  return { rows, removed: stored.filter((s) => !kept.has(s.code)), unknownCodes };
}
