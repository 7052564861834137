import { describe, expect, it } from "vitest";
import { competencyLevel, decimal } from "./fields";
import { trackRecordSchema } from "./participant-data";
import { positionSchema } from "./position";
import { panelMemberSchema, rubricSchema } from "./round";
import { z } from "./zod";

const messageOf = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("decimal", () => {
  const field = decimal("Nilai", 0, 100);
  it.each([
    ["2,5", 2.5],
    ["2.5", 2.5],
    ["12,5", 12.5],
    ["97,25", 97.25],
    ["100", 100],
  ])("reads %j as %d", (text, expected) => expect(field.parse(text)).toBe(expected));

  it.each([
    ["", "Nilai wajib diisi dengan angka."],
    ["abc", "Nilai harus angka, mis. 2,5."],
    ["1.000", "Nilai harus angka, mis. 2,5."],
    ["100,5", "Nilai paling besar 100."],
    ["-0,5", "Nilai paling kecil 0."],
  ])("refuses %j: %s", (text, message) => expect(messageOf(field.safeParse(text))).toBe(message));
});

describe("competencyLevel", () => {
  it.each([
    ["3,5", 3.5],
    ["3.25", 3.25],
    ["5", 5],
  ])("reads %j as %d", (text, expected) => expect(competencyLevel.parse(text)).toBe(expected));

  it.each([
    ["", "Level wajib diisi."],
    ["abc", "Level harus berupa angka 1–5, mis. 3,5."],
  ])("refuses %j: %s", (text, message) => expect(messageOf(competencyLevel.safeParse(text))).toBe(message));
});

describe("messages users read are Indonesian", () => {
  it("a schema without custom messages speaks Indonesian (global locale)", () => {
    const message = messageOf(z.object({ a: z.string().min(1).max(3) }).safeParse({ a: "" }));
    expect(message).toMatch(/^Terlalu kecil/);
    expect(messageOf(z.number().safeParse("x"))).toMatch(/^Input tidak valid/);
  });

  it("a post without an OPD", () => {
    expect(messageOf(positionSchema.safeParse({ orgUnitId: "", title: "Kepala Dinas", grade: "JPT_PRATAMA", requiredEducationFields: "" }))).toBe("Pilih OPD.");
  });

  it("a track-record note over 1000 characters", () => {
    expect(messageOf(trackRecordSchema.safeParse({ sanctionLevel: "NONE", superiorScore: "80", note: "x".repeat(1001) }))).toBe(
      "Catatan paling banyak 1000 karakter.",
    );
  });

  it("a panel member's institution over 200 characters", () => {
    expect(messageOf(panelMemberSchema.safeParse({ externalName: "Dr. A", role: "ANGGOTA", institution: "x".repeat(201) }))).toBe(
      "Instansi asal paling banyak 200 karakter.",
    );
  });

  it("a criterion weight over 100", () => {
    const criterion = { code: "AB", label: "A", description: "", weight: 125, anchors: ["1", "2", "3", "4", "5"] };
    expect(messageOf(rubricSchema.safeParse({ PAPER: [criterion], INTERVIEW: [] }))).toBe("Bobot kriteria paling besar 100.");
  });
});
