import { type TransitionTable, actionsFrom, transition } from "./state-machine";

export const ROUND_STATUSES = ["DRAFT", "SCORING", "FINALISED", "CLOSED", "CANCELLED"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ROUND_ACTIONS = ["START_SCORING", "FINALISE", "CLOSE", "CANCEL"] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

/**
 * Life cycle of a job-fit or open-selection round (DOMAIN.md "The process"): set up as DRAFT,
 * SCORING once the panel starts (weights are frozen from here), FINALISED when the ranking is
 * fixed, CLOSED after the decision and inauguration. Only a round not yet finalised can be
 * cancelled; CLOSED and CANCELLED are terminal. Source: UU 5/2014 art. 108 (open, competitive
 * filling of JPT posts) and art. 116–117 (job fit of incumbents); PermenPANRB 15/2019 on the
 * stages. The status names are the product's.
 */
export const ROUND_TRANSITIONS: TransitionTable<RoundStatus, RoundAction> = {
  DRAFT: { START_SCORING: "SCORING", CANCEL: "CANCELLED" },
  SCORING: { FINALISE: "FINALISED", CANCEL: "CANCELLED" },
  FINALISED: { CLOSE: "CLOSED" },
  CLOSED: {},
  CANCELLED: {},
};

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  DRAFT: "Penyiapan",
  SCORING: "Penilaian",
  FINALISED: "Hasil final",
  CLOSED: "Ditutup",
  CANCELLED: "Dibatalkan",
};

export const ROUND_ACTION_LABELS: Record<RoundAction, string> = {
  START_SCORING: "Mulai penilaian",
  FINALISE: "Finalkan hasil",
  CLOSE: "Tutup putaran",
  CANCEL: "Batalkan putaran",
};

/** Next round status after `action` (DOMAIN.md "The process", `ROUND_TRANSITIONS`), or `null` if not allowed. */
export function nextStatus(from: RoundStatus, action: RoundAction): RoundStatus | null {
  return transition(ROUND_TRANSITIONS, from, action);
}

/** Actions allowed on a round in status `from` (`ROUND_TRANSITIONS`). */
export function allowedActions(from: RoundStatus): RoundAction[] {
  return actionsFrom(ROUND_TRANSITIONS, from);
}
