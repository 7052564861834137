import { type TransitionTable, actionsFrom, transition } from "./state-machine";

export const SCORE_SHEET_STATUSES = ["DRAFT", "SUBMITTED"] as const;
export type ScoreSheetStatus = (typeof SCORE_SHEET_STATUSES)[number];

export const SCORE_SHEET_ACTIONS = ["SAVE", "SUBMIT", "REVISE"] as const;
export type ScoreSheetAction = (typeof SCORE_SHEET_ACTIONS)[number];

/**
 * A panel member's score sheet for one participant (DOMAIN.md "Paper and interview"): saved as
 * DRAFT any number of times, then SUBMITTED. A submitted sheet is never edited in place: REVISE
 * writes a new version and stays SUBMITTED. The caller must require and record a reason for every
 * REVISE (and keep the previous version), since raw scores are always kept (DOMAIN.md "Panel
 * aggregate"); this table cannot see reasons. Source: PermenPANRB 15/2019 (the panel assesses
 * papers and interviews); locking and reasoned revision are the product's integrity rule.
 */
export const SCORE_SHEET_TRANSITIONS: TransitionTable<ScoreSheetStatus, ScoreSheetAction> = {
  DRAFT: { SAVE: "DRAFT", SUBMIT: "SUBMITTED" },
  SUBMITTED: { REVISE: "SUBMITTED" },
};

export const SCORE_SHEET_STATUS_LABELS: Record<ScoreSheetStatus, string> = {
  DRAFT: "Draf",
  SUBMITTED: "Terkirim",
};

export const SCORE_SHEET_ACTION_LABELS: Record<ScoreSheetAction, string> = {
  SAVE: "Simpan draf",
  SUBMIT: "Kirim nilai",
  REVISE: "Revisi nilai",
};

/** Next score-sheet status after `action` (`SCORE_SHEET_TRANSITIONS`), or `null` if not allowed. REVISE needs a reason (caller). */
export function nextStatus(from: ScoreSheetStatus, action: ScoreSheetAction): ScoreSheetStatus | null {
  return transition(SCORE_SHEET_TRANSITIONS, from, action);
}

/** Actions allowed on a score sheet in status `from` (`SCORE_SHEET_TRANSITIONS`). */
export function allowedActions(from: ScoreSheetStatus): ScoreSheetAction[] {
  return actionsFrom(SCORE_SHEET_TRANSITIONS, from);
}
