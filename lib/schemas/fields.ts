// zod building blocks for form and import fields, with the Indonesian messages users read.
import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/calendar";

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

/** A decimal typed with a comma or a point ("3,5" or "3.5"), as Indonesian users type them. */
export const decimal = (label: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.trim().replace(",", "."))) : value),
    z
      .number({ error: `${label} wajib diisi dengan angka.` })
      .refine(Number.isFinite, `${label} harus angka.`)
      .min(min, `${label} paling kecil ${min}.`)
      .max(max, `${label} paling besar ${max}.`),
  );

export const optionalDecimal = (label: string, min: number, max: number) =>
  z.preprocess(blankToUndefined, decimal(label, min, max).optional());

export const reason = (label = "Alasan") => requiredText(label, 1000).refine((v) => v.length >= 5, `${label} paling sedikit 5 karakter.`);
