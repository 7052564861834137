import { type TransitionTable, actionsFrom, transition } from "./state-machine";

export const OVERSIGHT_SUBMISSION_STATUSES = ["DRAFT", "SENT", "RECOMMENDED", "NOT_RECOMMENDED", "ACKNOWLEDGED"] as const;
export type OversightSubmissionStatus = (typeof OVERSIGHT_SUBMISSION_STATUSES)[number];

export const OVERSIGHT_SUBMISSION_ACTIONS = ["SEND", "RECORD_RECOMMENDATION", "RECORD_REJECTION", "ACKNOWLEDGE"] as const;
export type OversightSubmissionAction = (typeof OVERSIGHT_SUBMISSION_ACTIONS)[number];

/**
 * Submission of a round's results to the external oversight body (DOMAIN.md "External step":
 * historically KASN, since UU 20/2023 and Perpres 91/2024, 92/2024 BKN and Kemendagri; the body is
 * configured per round). After SEND the body either recommends or does not (RECORD_RECOMMENDATION /
 * RECORD_REJECTION, with its letter number), or, in report-only mode, the receipt is ACKNOWLEDGED.
 * Which of these a round may use is the caller's check against the round's mode. All three
 * outcomes are terminal.
 */
export const OVERSIGHT_SUBMISSION_TRANSITIONS: TransitionTable<OversightSubmissionStatus, OversightSubmissionAction> = {
  DRAFT: { SEND: "SENT" },
  SENT: { RECORD_RECOMMENDATION: "RECOMMENDED", RECORD_REJECTION: "NOT_RECOMMENDED", ACKNOWLEDGE: "ACKNOWLEDGED" },
  RECOMMENDED: {},
  NOT_RECOMMENDED: {},
  ACKNOWLEDGED: {},
};

export const OVERSIGHT_SUBMISSION_STATUS_LABELS: Record<OversightSubmissionStatus, string> = {
  DRAFT: "Draf",
  SENT: "Terkirim",
  RECOMMENDED: "Direkomendasikan",
  NOT_RECOMMENDED: "Tidak direkomendasikan",
  ACKNOWLEDGED: "Diterima (laporan)",
};

export const OVERSIGHT_SUBMISSION_ACTION_LABELS: Record<OversightSubmissionAction, string> = {
  SEND: "Kirim",
  RECORD_RECOMMENDATION: "Catat rekomendasi",
  RECORD_REJECTION: "Catat tidak direkomendasikan",
  ACKNOWLEDGE: "Catat tanda terima laporan",
};

/** Next submission status after `action` (`OVERSIGHT_SUBMISSION_TRANSITIONS`), or `null` if not allowed. */
export function nextStatus(
  from: OversightSubmissionStatus,
  action: OversightSubmissionAction,
): OversightSubmissionStatus | null {
  return transition(OVERSIGHT_SUBMISSION_TRANSITIONS, from, action);
}

/** Actions allowed on a submission in status `from` (`OVERSIGHT_SUBMISSION_TRANSITIONS`). */
export function allowedActions(from: OversightSubmissionStatus): OversightSubmissionAction[] {
  return actionsFrom(OVERSIGHT_SUBMISSION_TRANSITIONS, from);
}
