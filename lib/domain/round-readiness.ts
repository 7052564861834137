// What must hold before a round's scoring starts, as a list of problems the set-up screen shows and
// the service enforces. Scoring freezes the configuration, so everything that decides the scores
// must be right first.
import { checkPanelComposition, PANEL_COMPOSITION_PROBLEM_LABELS, type PanelCompositionProblem } from "./panel-composition";
import type { Rubric } from "./round-config";
import { weightsSumTo100 } from "./scoring/composite";

export type ReadinessProblem =
  | "NO_POSITIONS"
  | "NO_PARTICIPANTS"
  | "INELIGIBLE_WITHOUT_REASON"
  | PanelCompositionProblem
  | "CHAIR_COUNT"
  | "NO_SCORING_MEMBER"
  | "WEIGHTS_NOT_100"
  | "RUBRIC_MISSING";

export const READINESS_PROBLEM_LABELS: Record<ReadinessProblem, string> = {
  NO_POSITIONS: "Belum ada jabatan dalam putaran ini.",
  NO_PARTICIPANTS: "Belum ada peserta.",
  INELIGIBLE_WITHOUT_REASON: "Ada peserta yang tidak memenuhi syarat tanpa alasan pengecualian.",
  ...PANEL_COMPOSITION_PROBLEM_LABELS,
  CHAIR_COUNT: "Pansel harus memiliki tepat satu ketua.",
  NO_SCORING_MEMBER: "Belum ada anggota pansel yang memiliki akun untuk menilai.",
  WEIGHTS_NOT_100: "Jumlah bobot komponen harus tepat 100.",
  RUBRIC_MISSING: "Makalah atau wawancara berbobot tetapi rubriknya belum memiliki kriteria.",
};

export type ReadinessInput = {
  positions: number;
  participants: readonly { eligible: boolean; overrideReason: string | null }[];
  panel: readonly { internal: boolean; role: "KETUA" | "SEKRETARIS" | "ANGGOTA"; hasAccount: boolean }[];
  weights: Record<string, number>;
  rubric: Rubric;
};

/** Every problem that blocks "start scoring"; `[]` when the round is ready. Panel composition per
 * DOMAIN.md (odd size 5-9, internal members at most 45 %); one chair; weights summing to 100. */
export function scoringReadiness(input: ReadinessInput): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  if (input.positions === 0) problems.push("NO_POSITIONS");
  if (input.participants.length === 0) problems.push("NO_PARTICIPANTS");
  if (input.participants.some((p) => !p.eligible && !p.overrideReason?.trim())) problems.push("INELIGIBLE_WITHOUT_REASON");
  problems.push(...checkPanelComposition(input.panel));
  if (input.panel.filter((m) => m.role === "KETUA").length !== 1) problems.push("CHAIR_COUNT");
  if (!input.panel.some((m) => m.hasAccount)) problems.push("NO_SCORING_MEMBER");
  if (!weightsSumTo100(input.weights)) problems.push("WEIGHTS_NOT_100");
  if (((input.weights.PAPER ?? 0) > 0 && input.rubric.PAPER.length === 0) || ((input.weights.INTERVIEW ?? 0) > 0 && input.rubric.INTERVIEW.length === 0)) {
    problems.push("RUBRIC_MISSING");
  }
  return problems;
}

/** Open selection: at least 4 applicants per post unless the round sets another minimum
 * (DOMAIN.md, configurable per round as `minApplicantsPerPost`). */
export const DEFAULT_MIN_APPLICANTS_PER_POST = 4;

/** The posts of an open selection with fewer applicants than the minimum, in their given order.
 * A warning for the set-up screen, not a blocker: the agency decides whether to re-announce. */
export function applicantShortfalls<T extends { participants: number }>(posts: readonly T[], minimum: number = DEFAULT_MIN_APPLICANTS_PER_POST): T[] {
  if (!Number.isInteger(minimum) || minimum < 1) throw new RangeError("minimum must be a positive integer");
  return posts.filter((post) => post.participants < minimum);
}
