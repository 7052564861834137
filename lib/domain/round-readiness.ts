// What must hold before a round's scoring starts, as a list of problems the set-up screen shows and
// the service enforces. Scoring freezes the configuration, so everything that decides the scores
// must be right first.
import { checkPanelComposition, PANEL_COMPOSITION_PROBLEM_LABELS, type PanelCompositionProblem } from "./panel-composition";
import { participantReasonLabel, type ParticipantReason } from "./participant-eligibility";
import type { Rubric } from "./round-config";
import { weightsSumTo100 } from "./scoring/composite";

export type ReadinessProblem =
  | "NO_POSITIONS"
  | "NO_PARTICIPANTS"
  | "INELIGIBLE_WITHOUT_REASON"
  | PanelCompositionProblem
  | "CHAIR_COUNT"
  | "CHAIR_WITHOUT_ACCOUNT"
  | "DECREE_MISSING"
  | "NO_SCORING_MEMBER"
  | "WEIGHTS_NOT_100"
  | "RUBRIC_MISSING";

export const READINESS_PROBLEM_LABELS: Record<ReadinessProblem, string> = {
  NO_POSITIONS: "Belum ada jabatan dalam putaran ini.",
  NO_PARTICIPANTS: "Belum ada peserta.",
  INELIGIBLE_WITHOUT_REASON: "Ada peserta yang tidak memenuhi syarat tanpa alasan pengecualian.",
  ...PANEL_COMPOSITION_PROBLEM_LABELS,
  CHAIR_COUNT: "Pansel harus memiliki tepat satu ketua.",
  CHAIR_WITHOUT_ACCOUNT:
    "Ketua pansel harus anggota yang memiliki akun pengguna: tugas ketua (membenarkan sebaran nilai dan memfinalkan hasil) hanya dapat dijalankan melalui akun.",
  DECREE_MISSING: "Nomor SK pansel belum diisi.",
  NO_SCORING_MEMBER: "Belum ada anggota pansel yang memiliki akun untuk menilai.",
  WEIGHTS_NOT_100: "Jumlah bobot komponen harus tepat 100.",
  RUBRIC_MISSING: "Makalah atau wawancara berbobot tetapi rubriknya belum memiliki kriteria.",
};

/** A problem with the message the user reads (naming the people concerned where there are any). */
export type ReadinessIssue = { code: ReadinessProblem; label: string };

export type ReadinessParticipant = {
  name: string;
  /** Eligibility reasons as evaluated now, from today's records (a blackout added or an
   * inauguration date corrected since the participant was added counts). */
  reasons: readonly ParticipantReason[];
  /** The reasons stored when the participant was added or last re-checked, and the override
   * recorded for them. */
  storedReasons: readonly ParticipantReason[];
  overrideReason: string | null;
};

export type ReadinessPanelMember = {
  name: string;
  internal: boolean;
  role: "KETUA" | "SEKRETARIS" | "ANGGOTA";
  hasAccount: boolean;
  decreeNumber: string;
};

export type ReadinessInput = {
  positions: number;
  participants: readonly ReadinessParticipant[];
  panel: readonly ReadinessPanelMember[];
  weights: Record<string, number>;
  rubric: Rubric;
};

/** The reasons a participant is ineligible for now that no recorded override covers: an
 * override covers the reasons it was given for, not a reason that appeared afterwards. */
export function uncoveredReasons(participant: Omit<ReadinessParticipant, "name">): ParticipantReason[] {
  const covered = participant.overrideReason?.trim() ? participant.storedReasons : [];
  return participant.reasons.filter((reason) => !covered.includes(reason));
}

const issue = (code: ReadinessProblem, label = READINESS_PROBLEM_LABELS[code]): ReadinessIssue => ({ code, label });

/** Everything about the panel (pansel) that blocks scoring: composition per DOMAIN.md (odd size
 * 5-9, internal members at most 45 %); exactly one chair, who must have an account because the
 * chair's duties (justifying dispersed scores, finalising) are done in the application; the
 * decree (SK) appointing every member; and at least one member who can score. */
export function panelReadiness(panel: readonly ReadinessPanelMember[]): ReadinessIssue[] {
  const issues = checkPanelComposition(panel).map((code) => issue(code));
  const chairs = panel.filter((m) => m.role === "KETUA");
  if (chairs.length !== 1) issues.push(issue("CHAIR_COUNT"));
  else if (!chairs[0]!.hasAccount) issues.push(issue("CHAIR_WITHOUT_ACCOUNT"));
  const withoutDecree = panel.filter((m) => !m.decreeNumber.trim());
  if (withoutDecree.length > 0) {
    issues.push(issue("DECREE_MISSING", `Nomor SK pansel belum diisi untuk: ${withoutDecree.map((m) => m.name).join(", ")}.`));
  }
  if (!panel.some((m) => m.hasAccount)) issues.push(issue("NO_SCORING_MEMBER"));
  return issues;
}

/** Every problem that blocks "start scoring"; `[]` when the round is ready. Eligibility is judged
 * on the records as they are now, not as they were when each participant was added. */
export function scoringReadiness(input: ReadinessInput): ReadinessIssue[] {
  const issues: ReadinessIssue[] = [];
  if (input.positions === 0) issues.push(issue("NO_POSITIONS"));
  if (input.participants.length === 0) issues.push(issue("NO_PARTICIPANTS"));
  const ineligible = input.participants.flatMap((p) => {
    const reasons = uncoveredReasons(p);
    return reasons.length > 0 ? [`${p.name} (${reasons.map((r) => participantReasonLabel(r)).join("; ")})`] : [];
  });
  if (ineligible.length > 0) {
    issues.push(
      issue("INELIGIBLE_WITHOUT_REASON", `Peserta berikut tidak memenuhi syarat tanpa alasan pengecualian: ${ineligible.join(", ")}. Isi alasan pengecualian pada langkah Peserta.`),
    );
  }
  issues.push(...panelReadiness(input.panel));
  if (!weightsSumTo100(input.weights)) issues.push(issue("WEIGHTS_NOT_100"));
  if (((input.weights.PAPER ?? 0) > 0 && input.rubric.PAPER.length === 0) || ((input.weights.INTERVIEW ?? 0) > 0 && input.rubric.INTERVIEW.length === 0)) {
    issues.push(issue("RUBRIC_MISSING"));
  }
  return issues;
}

/** Open selection: at least 4 applicants per post unless the round sets another minimum
 * (DOMAIN.md, configurable per round as `minApplicantsPerPost`). */
export const DEFAULT_MIN_APPLICANTS_PER_POST = 4;

/** The minimums a round may set: at least one applicant, and no more than a region could
 * plausibly attract for one post. */
export const MIN_APPLICANTS_PER_POST_LIMITS = { min: 1, max: 50 } as const;

/** The minimum the warning uses for a stored value: the value itself when it is a whole number
 * within the limits, the default otherwise (a row written before the service checked it must not
 * take the set-up screens down). */
export function effectiveMinApplicants(stored: number): number {
  const { min, max } = MIN_APPLICANTS_PER_POST_LIMITS;
  return Number.isInteger(stored) && stored >= min && stored <= max ? stored : DEFAULT_MIN_APPLICANTS_PER_POST;
}

/** The posts of an open selection with fewer applicants than the minimum, in their given order.
 * A warning for the set-up screen, not a blocker: the agency decides whether to re-announce. */
export function applicantShortfalls<T extends { participants: number }>(posts: readonly T[], minimum: number = DEFAULT_MIN_APPLICANTS_PER_POST): T[] {
  if (!Number.isInteger(minimum) || minimum < 1) throw new RangeError("minimum must be a positive integer");
  return posts.filter((post) => post.participants < minimum);
}
