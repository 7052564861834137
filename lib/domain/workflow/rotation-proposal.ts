import { type TransitionTable, actionsFrom, transition } from "./state-machine";

export const ROTATION_PROPOSAL_STATUSES = ["DRAFT", "SUBMITTED", "APPROVED", "RETURNED"] as const;
export type RotationProposalStatus = (typeof ROTATION_PROPOSAL_STATUSES)[number];

export const ROTATION_PROPOSAL_ACTIONS = ["SUBMIT", "APPROVE", "RETURN", "REOPEN"] as const;
export type RotationProposalAction = (typeof ROTATION_PROPOSAL_ACTIONS)[number];

/**
 * The Sekda's rotation proposal (DOMAIN.md "Review and decision"): drafted, SUBMITTED to the head
 * of region (the PPK), who APPROVEs it (terminal) or RETURNs it; a returned proposal is reopened
 * as a DRAFT for revision and submitted again. Source: UU 5/2014 art. 53 (the PPK, the head of
 * region, decides appointments and transfers of JPT Pratama); the Sekda's review step is the
 * regional practice described in DOMAIN.md, not a regulation.
 */
export const ROTATION_PROPOSAL_TRANSITIONS: TransitionTable<RotationProposalStatus, RotationProposalAction> = {
  DRAFT: { SUBMIT: "SUBMITTED" },
  SUBMITTED: { APPROVE: "APPROVED", RETURN: "RETURNED" },
  APPROVED: {},
  RETURNED: { REOPEN: "DRAFT" },
};

export const ROTATION_PROPOSAL_STATUS_LABELS: Record<RotationProposalStatus, string> = {
  DRAFT: "Draf",
  SUBMITTED: "Diajukan",
  APPROVED: "Disetujui",
  RETURNED: "Dikembalikan",
};

export const ROTATION_PROPOSAL_ACTION_LABELS: Record<RotationProposalAction, string> = {
  SUBMIT: "Ajukan ke kepala daerah",
  APPROVE: "Setujui",
  RETURN: "Kembalikan",
  REOPEN: "Buka kembali untuk diperbaiki",
};

/** Next proposal status after `action` (`ROTATION_PROPOSAL_TRANSITIONS`), or `null` if not allowed. */
export function nextStatus(from: RotationProposalStatus, action: RotationProposalAction): RotationProposalStatus | null {
  return transition(ROTATION_PROPOSAL_TRANSITIONS, from, action);
}

/** Actions allowed on a proposal in status `from` (`ROTATION_PROPOSAL_TRANSITIONS`). */
export function allowedActions(from: RotationProposalStatus): RotationProposalAction[] {
  return actionsFrom(ROTATION_PROPOSAL_TRANSITIONS, from);
}
