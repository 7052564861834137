import { describe, expect, it } from "vitest";
import { blackoutWindowFor } from "./eligibility";
import { jobFitEligibility, openSelectionParticipantEligibility, participantReasonLabel, yearsSince } from "./participant-eligibility";

const REFERENCE = "2026-11-02";

describe("jobFitEligibility", () => {
  it.each([
    ["2024-11-02", true, [], "ELIGIBLE"], // exactly 2 years: eligible (UU 5/2014 art. 116)
    ["2024-11-03", false, ["TENURE_UNDER_2_YEARS"], "LOCKED"], // one day short
    ["2021-11-02", true, [], "OVERDUE"], // 5 years: eligible, flagged overdue
    ["2021-11-03", true, [], "ELIGIBLE"],
    ["2026-12-01", false, ["TENURE_UNDER_2_YEARS"], null], // inaugurated after the reference date
  ] as const)("inaugurated %s → eligible %s", (inauguratedOn, eligible, reasons, tenure) => {
    expect(jobFitEligibility({ inauguratedOn, referenceDate: REFERENCE, blackouts: [] })).toEqual({ eligible, reasons, tenure });
  });

  it("needs an inauguration date", () => {
    expect(jobFitEligibility({ inauguratedOn: null, referenceDate: REFERENCE, blackouts: [] })).toEqual({
      eligible: false,
      reasons: ["NO_INAUGURATION_DATE"],
      tenure: null,
    });
  });

  it("applies a blackout window in force on the reference date, bounds inclusive", () => {
    const window = blackoutWindowFor({ kind: "HEAD_INAUGURATION", date: "2026-05-03" }); // to 2026-11-02
    expect(window.to).toBe("2026-11-02");
    const inside = jobFitEligibility({ inauguratedOn: "2020-01-01", referenceDate: "2026-11-02", blackouts: [window] });
    expect(inside).toMatchObject({ eligible: false, reasons: ["BLACKOUT_WINDOW"] });
    const after = jobFitEligibility({ inauguratedOn: "2020-01-01", referenceDate: "2026-11-03", blackouts: [window] });
    expect(after).toMatchObject({ eligible: true, reasons: [] });
  });

  it("lists every reason", () => {
    const window = { kind: "OTHER" as const, from: "2026-01-01", to: null, label: "x" };
    expect(jobFitEligibility({ inauguratedOn: "2025-06-01", referenceDate: REFERENCE, blackouts: [window] }).reasons).toEqual([
      "TENURE_UNDER_2_YEARS",
      "BLACKOUT_WINDOW",
    ]);
  });
});

describe("openSelectionParticipantEligibility", () => {
  const base = {
    birthDate: "1975-01-01",
    educationLevel: "S2" as const,
    relevantExperienceSince: "2015-01-01",
    administratorSince: "2020-01-01",
    heavyDisciplineSanction: false,
    referenceDate: REFERENCE,
  };
  it("counts years from the recorded dates", () => {
    expect(openSelectionParticipantEligibility(base)).toEqual({ eligible: true, reasons: [], tenure: null });
    expect(openSelectionParticipantEligibility({ ...base, administratorSince: "2024-11-03" }).reasons).toEqual(["ADMINISTRATOR_UNDER_2_YEARS"]);
    expect(openSelectionParticipantEligibility({ ...base, administratorSince: "2024-11-02" }).reasons).toEqual([]);
    expect(openSelectionParticipantEligibility({ ...base, relevantExperienceSince: null, administratorSince: null }).reasons).toEqual([
      "EXPERIENCE_UNDER_5_YEARS",
      "ADMINISTRATOR_UNDER_2_YEARS",
    ]);
  });
  it("applies the age limit on the 57th birthday, not the 56th", () => {
    expect(openSelectionParticipantEligibility({ ...base, birthDate: "1970-11-02" }).reasons).toEqual([]); // 56th birthday: allowed
    expect(openSelectionParticipantEligibility({ ...base, birthDate: "1969-11-03" }).reasons).toEqual([]); // 56 until tomorrow
    expect(openSelectionParticipantEligibility({ ...base, birthDate: "1969-11-02" }).reasons).toEqual(["AGE_OVER_LIMIT"]); // 57th birthday
  });
});

describe("yearsSince and labels", () => {
  it("counts whole years and never negative", () => {
    expect(yearsSince("2020-11-02", REFERENCE)).toBe(6);
    expect(yearsSince("2020-11-03", REFERENCE)).toBe(5);
    expect(yearsSince("2027-01-01", REFERENCE)).toBe(0);
    expect(yearsSince(null, REFERENCE)).toBe(0);
  });
  it("labels job-fit and open-selection reasons in Indonesian", () => {
    expect(participantReasonLabel("TENURE_UNDER_2_YEARS")).toContain("Belum 2 tahun");
    expect(participantReasonLabel("AGE_OVER_LIMIT", 58)).toBe("Usia melebihi batas 58 tahun pada tanggal acuan");
  });
});
