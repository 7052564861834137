import { describe, expect, it } from "vitest";
import {
  ELIGIBILITY_REASON_LABELS,
  type OpenSelectionCandidate,
  TENURE_STATUS_LABELS,
  activeBlackouts,
  ageOn,
  blackoutWindowFor,
  blackoutWindowsFor,
  eligibilityReasonLabel,
  isTenureLocked,
  openSelectionEligibility,
  overlappingBlackouts,
  tenureStatus,
} from "./eligibility";

describe("isTenureLocked", () => {
  it.each([
    ["2022-03-15", "2024-03-14", true],
    ["2022-03-15", "2024-03-15", false],
    ["2022-03-15", "2030-01-01", false],
    ["2026-11-23", "2026-11-22", true], // inaugurated after the reference date: certainly under 2 years
    [null, "2026-11-22", false],
  ] as const)("inaugurated %s, on %s → %s", (inauguratedOn, on, locked) => {
    expect(isTenureLocked(inauguratedOn, on)).toBe(locked);
  });

  it("still rejects an impossible date", () => {
    expect(() => isTenureLocked("2022-02-30", "2024-03-14")).toThrow(RangeError);
  });
});

describe("tenureStatus", () => {
  it.each([
    ["2022-03-15", "2022-03-15", "LOCKED"],
    ["2022-03-15", "2024-03-14", "LOCKED"],
    ["2022-03-15", "2024-03-15", "ELIGIBLE"],
    ["2022-03-15", "2027-03-14", "ELIGIBLE"],
    ["2022-03-15", "2027-03-15", "OVERDUE"],
    ["2022-03-15", "2035-01-01", "OVERDUE"],
    ["2024-02-29", "2026-02-27", "LOCKED"],
    ["2024-02-29", "2026-02-28", "ELIGIBLE"],
    ["2024-02-29", "2029-02-28", "OVERDUE"],
  ] as const)("inaugurated %s, on %s → %s", (inauguratedOn, on, status) => {
    expect(tenureStatus(inauguratedOn, on)).toBe(status);
  });

  it("throws on a date before the inauguration or an invalid date", () => {
    expect(() => tenureStatus("2022-03-15", "2022-03-14")).toThrow(RangeError);
    expect(() => tenureStatus("2022-02-30", "2024-03-14")).toThrow(RangeError);
  });

  it("labels every status", () => {
    expect(Object.keys(TENURE_STATUS_LABELS).sort()).toEqual(["ELIGIBLE", "LOCKED", "OVERDUE"]);
  });
});

describe("ageOn", () => {
  it.each([
    ["1968-05-29", "2024-05-28", 55],
    ["1968-05-29", "2024-05-29", 56],
    ["1968-05-29", "2025-05-28", 56],
    ["1968-05-29", "2025-05-29", 57],
    ["1968-02-29", "2025-02-27", 56],
    ["1968-02-29", "2025-02-28", 57],
    ["1968-02-29", "2024-02-28", 55],
    ["1968-02-29", "2024-02-29", 56],
    ["2000-01-01", "2000-01-01", 0],
  ])("born %s, on %s → %i", (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it("throws when the reference date is before birth", () => {
    expect(() => ageOn("2000-01-02", "2000-01-01")).toThrow(RangeError);
  });
});

describe("openSelectionEligibility", () => {
  const base: OpenSelectionCandidate = {
    birthDate: "1975-06-15",
    educationLevel: "S1",
    yearsRelevantExperience: 8,
    yearsAsAdministrator: 3,
    heavyDisciplineSanction: false,
    referenceDate: "2025-06-01",
  };

  it.each([
    ["eligible", {}, []],
    ["56th birthday on the reference date", { birthDate: "1969-06-01" }, []],
    ["57th birthday on the reference date", { birthDate: "1968-06-01" }, ["AGE_OVER_LIMIT"]],
    ["day before the 57th birthday", { birthDate: "1968-06-02" }, []],
    ["custom limit 58", { birthDate: "1968-06-01", maxAge: 58 }, []],
    ["custom limit 50", { birthDate: "1974-06-01", maxAge: 50 }, ["AGE_OVER_LIMIT"]],
    ["D4 counts as S1", { educationLevel: "D4" }, []],
    ["S2", { educationLevel: "S2" }, []],
    ["S3", { educationLevel: "S3" }, []],
    ["D3", { educationLevel: "D3" }, ["EDUCATION_BELOW_S1"]],
    ["SMA", { educationLevel: "SMA" }, ["EDUCATION_BELOW_S1"]],
    ["exactly 5 years of experience", { yearsRelevantExperience: 5 }, []],
    ["4.99 years of experience", { yearsRelevantExperience: 4.99 }, ["EXPERIENCE_UNDER_5_YEARS"]],
    ["exactly 2 years as administrator", { yearsAsAdministrator: 2 }, []],
    ["1.99 years as administrator", { yearsAsAdministrator: 1.99 }, ["ADMINISTRATOR_UNDER_2_YEARS"]],
    ["heavy sanction", { heavyDisciplineSanction: true }, ["DISCIPLINE_SANCTION"]],
    [
      "everything fails",
      {
        birthDate: "1960-01-01",
        educationLevel: "D3",
        yearsRelevantExperience: 1,
        yearsAsAdministrator: 0,
        heavyDisciplineSanction: true,
      },
      ["AGE_OVER_LIMIT", "EDUCATION_BELOW_S1", "EXPERIENCE_UNDER_5_YEARS", "ADMINISTRATOR_UNDER_2_YEARS", "DISCIPLINE_SANCTION"],
    ],
  ] as const)("%s → %j", (_label, overrides, reasons) => {
    const result = openSelectionEligibility({ ...base, ...overrides });
    expect(result).toEqual({ eligible: reasons.length === 0, reasons });
  });

  it.each([
    ["negative experience", { yearsRelevantExperience: -1 }],
    ["NaN administrator years", { yearsAsAdministrator: Number.NaN }],
    ["unknown education", { educationLevel: "S4" as "S3" }],
    ["invalid birth date", { birthDate: "1975-02-30" }],
    ["fractional max age", { maxAge: 56.5 }],
  ])("throws on %s", (_label, overrides) => {
    expect(() => openSelectionEligibility({ ...base, ...overrides })).toThrow(RangeError);
  });

  it("labels every reason, with the round's age limit", () => {
    expect(ELIGIBILITY_REASON_LABELS.AGE_OVER_LIMIT).toBe("Usia melebihi batas 56 tahun pada tanggal acuan");
    expect(eligibilityReasonLabel("AGE_OVER_LIMIT", 58)).toBe("Usia melebihi batas 58 tahun pada tanggal acuan");
    expect(eligibilityReasonLabel("DISCIPLINE_SANCTION")).toBe(ELIGIBILITY_REASON_LABELS.DISCIPLINE_SANCTION);
    expect(Object.keys(ELIGIBILITY_REASON_LABELS)).toHaveLength(5);
  });
});

describe("blackout windows", () => {
  it.each([
    [{ kind: "HEAD_INAUGURATION", date: "2025-02-20" }, "2025-02-20", "2025-08-19"],
    [{ kind: "HEAD_INAUGURATION", date: "2024-08-31" }, "2024-08-31", "2025-02-27"],
    [{ kind: "HEAD_INAUGURATION", date: "2023-08-31" }, "2023-08-31", "2024-02-28"],
    [{ kind: "HEAD_INAUGURATION", date: "2024-12-31" }, "2024-12-31", "2025-06-29"],
    [{ kind: "CANDIDATE_PAIRS_FIXED", date: "2024-09-22" }, "2024-03-22", null],
    [{ kind: "CANDIDATE_PAIRS_FIXED", date: "2024-09-22", termEndsOn: "2025-02-19" }, "2024-03-22", "2025-02-19"],
    [{ kind: "CANDIDATE_PAIRS_FIXED", date: "2024-08-31" }, "2024-02-29", null],
    [{ kind: "CANDIDATE_PAIRS_FIXED", date: "2025-08-31" }, "2025-02-28", null],
  ] as const)("%j → %s … %s", (event, from, to) => {
    expect(blackoutWindowFor(event)).toMatchObject({ from, to });
  });

  it("labels windows with their legal basis and sorts them by start", () => {
    const windows = blackoutWindowsFor([
      { kind: "HEAD_INAUGURATION", date: "2025-02-20" },
      { kind: "CANDIDATE_PAIRS_FIXED", date: "2024-09-22", termEndsOn: "2025-02-19" },
    ]);
    expect(windows.map((w) => w.kind)).toEqual(["ELECTION", "HEAD_INAUGURATION"]);
    expect(windows[0]?.label).toContain("Pasal 71");
    expect(windows[1]?.label).toContain("Pasal 162");
  });

  it("rejects a term ending before the candidate pairs are fixed, and invalid dates", () => {
    expect(() => blackoutWindowFor({ kind: "CANDIDATE_PAIRS_FIXED", date: "2024-09-22", termEndsOn: "2024-09-21" })).toThrow(
      RangeError,
    );
    expect(() => blackoutWindowFor({ kind: "HEAD_INAUGURATION", date: "2025-02-30" })).toThrow(RangeError);
  });

  const windows = blackoutWindowsFor([
    { kind: "CANDIDATE_PAIRS_FIXED", date: "2024-09-22", termEndsOn: "2025-02-19" },
    { kind: "HEAD_INAUGURATION", date: "2025-02-20" },
  ]);

  it.each([
    ["2024-03-21", []],
    ["2024-03-22", ["ELECTION"]],
    ["2025-02-19", ["ELECTION"]],
    ["2025-02-20", ["HEAD_INAUGURATION"]],
    ["2025-08-19", ["HEAD_INAUGURATION"]],
    ["2025-08-20", []],
  ])("active on %s → %j", (on, kinds) => {
    expect(activeBlackouts(windows, on).map((w) => w.kind)).toEqual(kinds);
  });

  it.each([
    ["2024-01-01", "2024-03-21", []],
    ["2024-01-01", "2024-03-22", ["ELECTION"]],
    ["2025-02-01", "2025-03-01", ["ELECTION", "HEAD_INAUGURATION"]],
    ["2025-08-19", "2025-12-31", ["HEAD_INAUGURATION"]],
    ["2025-08-20", "2025-12-31", []],
  ])("range %s … %s overlaps %j", (from, to, kinds) => {
    expect(overlappingBlackouts(windows, from, to).map((w) => w.kind)).toEqual(kinds);
  });

  it("treats an open-ended window as lasting indefinitely", () => {
    const open = blackoutWindowsFor([{ kind: "CANDIDATE_PAIRS_FIXED", date: "2029-09-01" }]);
    expect(activeBlackouts(open, "2031-01-01")).toHaveLength(1);
    expect(activeBlackouts(open, "2029-02-28")).toHaveLength(0);
  });

  it("includes hand-entered OTHER windows", () => {
    const other = [{ kind: "OTHER" as const, from: "2026-01-01", to: "2026-01-31", label: "x" }];
    expect(activeBlackouts(other, "2026-01-31")).toHaveLength(1);
    expect(activeBlackouts(other, "2026-02-01")).toHaveLength(0);
  });

  it("rejects a reversed range", () => {
    expect(() => overlappingBlackouts(windows, "2025-03-01", "2025-02-01")).toThrow(RangeError);
  });
});
