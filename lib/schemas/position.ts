import { z } from "./zod";
import { CORE_COMPETENCIES } from "@/lib/domain/competency";
import { competencyLevel, id, optionalId, optionalText, requiredText } from "./fields";

export const orgUnitSchema = z.object({
  name: requiredText("Nama OPD"),
  shortName: z.preprocess((v) => v ?? "", z.string().trim().max(40, "Singkatan paling banyak 40 karakter.")),
});
export type OrgUnitInput = z.output<typeof orgUnitSchema>;

export const POSITION_GRADES = ["JPT_PRATAMA", "ADMINISTRATOR"] as const;

export const positionSchema = z.object({
  orgUnitId: z.string({ error: "Pilih OPD." }).trim().min(1, "Pilih OPD.").max(40, "Pilih OPD."),
  title: requiredText("Nama jabatan"),
  grade: z.enum(POSITION_GRADES, { error: "Pilih jenjang jabatan." }),
  /** Comma-separated in the form: "Hukum, Ilmu Pemerintahan". */
  requiredEducationFields: z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((s) => s.trim()).filter(Boolean) : (value ?? [])),
    z.array(z.string().max(120, "Setiap bidang pendidikan paling banyak 120 karakter.")).max(20, "Paling banyak 20 bidang pendidikan."),
  ),
  extraApprover: optionalText(200),
  actingOfficialId: optionalId,
  /** Direct superior post (atasan langsung); same agency and no loop, checked in the service. */
  superiorId: optionalId,
});
export type PositionInput = z.output<typeof positionSchema>;

const level = competencyLevel;

/** A post's competency standard (PermenPANRB 38/2017): a level for each core competency and any
 * number of named technical competencies. Sent by the editor as JSON in one field. */
export const standardSchema = z.object({
  core: z.object(Object.fromEntries(CORE_COMPETENCIES.map((code) => [code, level])) as Record<(typeof CORE_COMPETENCIES)[number], typeof level>),
  technical: z
    .array(
      z.object({
        /** The stored code of a kept competency; absent for a new one (the service assigns it). */
        code: z.string().regex(/^TEKNIS_[A-Z0-9]{1,32}$/, "Kode kompetensi teknis tidak valid.").optional(),
        name: requiredText("Nama kompetensi teknis", 120),
        level,
      }),
    )
    .max(20, "Paling banyak 20 kompetensi teknis.")
    .refine((items) => new Set(items.map((i) => i.name.toLowerCase())).size === items.length, "Nama kompetensi teknis tidak boleh sama."),
});
export type StandardInput = z.output<typeof standardSchema>;

export const standardFormSchema = z.object({
  standard: z.preprocess((value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value);
    } catch {
      return undefined;
    }
  }, standardSchema),
});
