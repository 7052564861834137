import { z } from "./zod";
import { EDUCATION_LEVELS } from "@/lib/domain/eligibility";
import { parseNip } from "@/lib/domain/nip";
import { SANCTION_LEVELS } from "@/lib/domain/scoring/track-record";
import { formatIsoDate } from "@/lib/iso-date";
import { blankToUndefined, optionalId, optionalIsoDate, optionalText, requiredText } from "./fields";

export const SEXES = ["M", "F"] as const;
export const SEX_LABELS = { M: "Laki-laki", F: "Perempuan" } as const;
export const SANCTION_LABELS = { NONE: "Tidak ada", LIGHT: "Ringan", MEDIUM: "Sedang", HEAVY: "Berat" } as const;
export const OFFICIAL_STATUSES = ["ACTIVE", "INACTIVE", "RETIRED"] as const;

export const NIP_INVALID_MESSAGE =
  "NIP tidak valid: harus 18 digit berisi tanggal lahir, bulan pengangkatan CPNS setelah kelahiran, kode jenis kelamin 1 atau 2, dan nomor urut.";

export const nipField = z
  .string({ error: "NIP wajib diisi." })
  .trim()
  .min(1, "NIP wajib diisi.")
  .refine((value) => parseNip(value) !== null, NIP_INVALID_MESSAGE)
  .transform((value) => value.replace(/\s+/g, ""));

/** An official as the form and the import give it. Birth date and sex must agree with the NIP
 * (Perka BKN 22/2007), which encodes both: left empty, they are taken from a valid NIP, and an
 * invalid NIP is the one thing to correct (its own message), not three. */
export const officialSchema = z
  .object({
    nip: nipField,
    name: requiredText("Nama"),
    birthDate: optionalIsoDate("Tanggal lahir"),
    sex: z.preprocess(blankToUndefined, z.enum(SEXES, { error: "Pilih jenis kelamin." }).optional()),
    rank: requiredText("Pangkat/golongan", 100),
    educationLevel: z.enum(EDUCATION_LEVELS as [string, ...string[]], { error: "Pilih jenjang pendidikan." }).transform(
      (value) => value as (typeof EDUCATION_LEVELS)[number],
    ),
    educationField: requiredText("Bidang pendidikan", 120),
    positionId: optionalId,
    jobTitle: optionalText(200),
    inauguratedOn: optionalIsoDate("Tanggal pelantikan"),
    administratorSince: optionalIsoDate("TMT administrator"),
    relevantExperienceSince: optionalIsoDate("Awal pengalaman relevan"),
    sanctionLevel: z.preprocess(blankToUndefined, z.enum(SANCTION_LEVELS).default("NONE")),
    status: z.preprocess(blankToUndefined, z.enum(OFFICIAL_STATUSES).default("ACTIVE")),
  })
  .superRefine((official, context) => {
    const parsed = parseNip(official.nip);
    if (!parsed) return;
    if (official.birthDate !== undefined && parsed.birthDate !== official.birthDate) {
      context.addIssue({
        code: "custom",
        path: ["birthDate"],
        message: `Tanggal lahir tidak sesuai dengan NIP (NIP menunjukkan ${formatIsoDate(parsed.birthDate)}).`,
      });
    }
    if (official.sex !== undefined && parsed.sex !== official.sex) {
      context.addIssue({
        code: "custom",
        path: ["sex"],
        message: `Jenis kelamin tidak sesuai dengan NIP (kode ${parsed.sex === "M" ? "1 = laki-laki" : "2 = perempuan"}).`,
      });
    }
  })
  .transform((official) => {
    // Runs only once every field is valid, the NIP included.
    const parsed = parseNip(official.nip)!;
    return { ...official, birthDate: official.birthDate ?? parsed.birthDate, sex: official.sex ?? parsed.sex };
  });

export type OfficialInput = z.output<typeof officialSchema>;
