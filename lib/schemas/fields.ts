// zod building blocks for form and import fields, with the Indonesian messages users read.
import { z } from "./zod";
import { parseIsoDate } from "@/lib/domain/calendar";
import { COMPETENCY_LEVEL_MESSAGE, isValidCompetencyLevel } from "@/lib/domain/competency";
import { parseDecimal } from "@/lib/format";

/** Form inputs send "" for an empty field: treat it as absent. */
export const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const requiredText = (label: string, max = 200) =>
  z.string({ error: `${label} wajib diisi.` }).trim().min(1, `${label} wajib diisi.`).max(max, `${label} paling banyak ${max} karakter.`);

export const optionalText = (max = 200) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `Paling banyak ${max} karakter.`).optional());

export const isoDate = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .refine((value) => parseIsoDate(value) !== null, `${label} harus tanggal yang valid (TTTT-BB-HH).`);

export const optionalIsoDate = (label: string) => z.preprocess(blankToUndefined, isoDate(label).optional());

export const id = z.string().trim().min(1).max(40);
export const optionalId = z.preprocess(blankToUndefined, id.optional());

/** Text typed into a number field, read by the one shared rule (lib/format parseDecimal): "3,5" or
 * "3.5"; blank → undefined (the field's "wajib diisi" message), other text → NaN. */
export const typedDecimal = (value: unknown) => (typeof value === "string" ? parseDecimal(value) : value);

/** A decimal typed with a comma or a point ("3,5" or "3.5"), as Indonesian users type them. */
export const decimal = (label: string, min: number, max: number) =>
  z.preprocess(
    typedDecimal,
    z
      .number({ error: (issue) => (issue.input === undefined ? `${label} wajib diisi dengan angka.` : `${label} harus angka, mis. 2,5.`) })
      .min(min, `${label} paling kecil ${min}.`)
      .max(max, `${label} paling besar ${max}.`),
  );

/** A competency level (achieved or standard), typed like any decimal. */
export const competencyLevel = z.preprocess(
  typedDecimal,
  z
    .number({ error: (issue) => (issue.input === undefined ? "Level wajib diisi." : "Level harus berupa angka 1–5, mis. 3,5.") })
    .refine(isValidCompetencyLevel, COMPETENCY_LEVEL_MESSAGE),
);

export const optionalDecimal = (label: string, min: number, max: number) =>
  z.preprocess(blankToUndefined, decimal(label, min, max).optional());

export const reason = (label = "Alasan") => requiredText(label, 1000).refine((v) => v.length >= 5, `${label} paling sedikit 5 karakter.`);
