// Whether a person may take part in a round, and why not: the job-fit rules (tenure, blackout
// windows) and the open-selection rules (lib/domain/eligibility.ts), in one result the set-up
// screens and the services share.
import { fullYearsBetween, requireIsoDate } from "./calendar";
import {
  activeBlackouts,
  eligibilityReasonLabel,
  openSelectionEligibility,
  tenureStatus,
  type BlackoutWindow,
  type EducationLevel,
  type EligibilityReason,
  type TenureStatus,
} from "./eligibility";

export type JobFitReason = "TENURE_UNDER_2_YEARS" | "NO_INAUGURATION_DATE" | "BLACKOUT_WINDOW";
export type ParticipantReason = JobFitReason | EligibilityReason;

export type ParticipantEligibility = {
  eligible: boolean;
  reasons: ParticipantReason[];
  /** Job fit only: the tenure status on the reference date (null without an inauguration date). */
  tenure: TenureStatus | null;
};

const JOB_FIT_REASON_LABELS: Record<JobFitReason, string> = {
  TENURE_UNDER_2_YEARS: "Belum 2 tahun sejak pelantikan dalam jabatan ini (UU 5/2014 Pasal 116 ayat (1))",
  NO_INAUGURATION_DATE: "Tanggal pelantikan dalam jabatan belum tercatat",
  BLACKOUT_WINDOW: "Tanggal acuan berada dalam masa larangan penggantian pejabat tanpa persetujuan Mendagri (UU 10/2016 Pasal 71 dan 162)",
};

export function participantReasonLabel(reason: ParticipantReason, maxAge?: number): string {
  return reason in JOB_FIT_REASON_LABELS
    ? JOB_FIT_REASON_LABELS[reason as JobFitReason]
    : eligibilityReasonLabel(reason as EligibilityReason, maxAge);
}

/**
 * Job fit (uji kompetensi) of an incumbent on the round's reference date: not before 2 full years
 * in the post (UU 5/2014 art. 116(1), `tenureStatus`), and not inside a blackout window
 * (UU 10/2016 art. 71(2), 162(3)) unless an exception is recorded. 5 years or more (OVERDUE, art.
 * 117) is eligible: it is exactly who a job fit is for.
 */
export function jobFitEligibility(input: {
  inauguratedOn: string | null;
  referenceDate: string;
  blackouts: readonly BlackoutWindow[];
}): ParticipantEligibility {
  const reasons: ParticipantReason[] = [];
  let tenure: TenureStatus | null = null;
  if (!input.inauguratedOn) reasons.push("NO_INAUGURATION_DATE");
  else if (input.inauguratedOn > input.referenceDate) reasons.push("TENURE_UNDER_2_YEARS");
  else {
    tenure = tenureStatus(input.inauguratedOn, input.referenceDate);
    if (tenure === "LOCKED") reasons.push("TENURE_UNDER_2_YEARS");
  }
  if (activeBlackouts(input.blackouts, input.referenceDate).length > 0) reasons.push("BLACKOUT_WINDOW");
  return { eligible: reasons.length === 0, reasons, tenure };
}

/** Whole years from `since` to `on`; 0 when `since` is missing or later. */
export function yearsSince(since: string | null, on: string): number {
  if (!since || since > on) return 0;
  return fullYearsBetween(requireIsoDate(since, "since"), requireIsoDate(on, "on"));
}

/** Open selection (PP 11/2017 art. 107 as amended by PP 17/2020) with years counted from the
 * dates the BKD keeps for each official. */
export function openSelectionParticipantEligibility(input: {
  birthDate: string;
  educationLevel: EducationLevel;
  relevantExperienceSince: string | null;
  administratorSince: string | null;
  heavyDisciplineSanction: boolean;
  referenceDate: string;
  maxAge?: number;
}): ParticipantEligibility {
  const result = openSelectionEligibility({
    birthDate: input.birthDate,
    educationLevel: input.educationLevel,
    yearsRelevantExperience: yearsSince(input.relevantExperienceSince, input.referenceDate),
    yearsAsAdministrator: yearsSince(input.administratorSince, input.referenceDate),
    heavyDisciplineSanction: input.heavyDisciplineSanction,
    referenceDate: input.referenceDate,
    maxAge: input.maxAge,
  });
  return { ...result, tenure: null };
}
