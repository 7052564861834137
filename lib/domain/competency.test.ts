import { describe, expect, it } from "vitest";
import {
  COMPETENCY_LABELS,
  CORE_COMPETENCIES,
  DEFAULT_STANDARD_LEVEL,
  MANAGERIAL_COMPETENCIES,
  SOCIOCULTURAL_COMPETENCY,
  assessmentCoverage,
  defaultCompetencyStandard,
  isValidCompetencyLevel,
} from "./competency";

describe("competency catalogue", () => {
  it("has the eight managerial competencies and Perekat Bangsa", () => {
    expect(MANAGERIAL_COMPETENCIES).toHaveLength(8);
    expect(SOCIOCULTURAL_COMPETENCY).toBe("PEREKAT_BANGSA");
    expect(CORE_COMPETENCIES).toEqual([...MANAGERIAL_COMPETENCIES, "PEREKAT_BANGSA"]);
    expect(new Set(CORE_COMPETENCIES).size).toBe(9);
  });

  it.each([
    ["INTEGRITAS", "Integritas"],
    ["KERJASAMA", "Kerja Sama"],
    ["KOMUNIKASI", "Komunikasi"],
    ["ORIENTASI_HASIL", "Orientasi pada Hasil"],
    ["PELAYANAN_PUBLIK", "Pelayanan Publik"],
    ["PENGEMBANGAN_DIRI", "Pengembangan Diri dan Orang Lain"],
    ["MENGELOLA_PERUBAHAN", "Mengelola Perubahan"],
    ["PENGAMBILAN_KEPUTUSAN", "Pengambilan Keputusan"],
    ["PEREKAT_BANGSA", "Perekat Bangsa"],
  ] as const)("labels %s as %s", (code, label) => {
    expect(COMPETENCY_LABELS[code]).toBe(label);
  });

  it("defaults every standard level to 4", () => {
    expect(DEFAULT_STANDARD_LEVEL).toBe(4);
    const standard = defaultCompetencyStandard();
    expect(Object.keys(standard)).toEqual([...CORE_COMPETENCIES]);
    expect(Object.values(standard).every((level) => level === 4)).toBe(true);
    expect(() => defaultCompetencyStandard(6)).toThrow(RangeError);
  });
});

describe("isValidCompetencyLevel", () => {
  it.each([
    [1, true],
    [5, true],
    [3.25, true],
    [4.35, true],
    [2.1, true],
    [0.99, false],
    [5.01, false],
    [0, false],
    [3.255, false],
    [1.005, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])("%d → %s", (level, valid) => {
    expect(isValidCompetencyLevel(level)).toBe(valid);
  });
});

describe("assessmentCoverage", () => {
  const standard = ["INTEGRITAS", "KERJASAMA", "KOMUNIKASI"];
  it.each([
    ["nothing assessed", standard, [], { measured: 0, required: 3, complete: false }],
    ["all but one", standard, ["INTEGRITAS", "KERJASAMA"], { measured: 2, required: 3, complete: false }],
    ["every standard competency", standard, standard, { measured: 3, required: 3, complete: true }],
    ["extra codes do not count", standard, ["INTEGRITAS", "KERJASAMA", "TEKNIS_X"], { measured: 2, required: 3, complete: false }],
    ["more than the standard", standard, [...standard, "TEKNIS_X"], { measured: 3, required: 3, complete: true }],
    ["no standard at all", [], ["INTEGRITAS"], { measured: 0, required: 0, complete: false }],
    ["a code listed twice", ["INTEGRITAS", "INTEGRITAS"], ["INTEGRITAS"], { measured: 1, required: 1, complete: true }],
  ])("%s", (_name, codes, assessed, expected) => {
    expect(assessmentCoverage(codes, assessed)).toEqual(expected);
  });
});
