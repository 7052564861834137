import { z } from "./zod";
import { MIN_APPLICANTS_PER_POST_LIMITS } from "@/lib/domain/round-readiness";
import { COMPOSITE_COMPONENTS } from "@/lib/domain/scoring/composite";
import { decimal, id, isoDate, optionalId, optionalIsoDate, optionalText, reason, requiredText } from "./fields";

export const ROUND_TYPES = ["JOB_FIT", "OPEN_SELECTION"] as const;

export const createRoundSchema = z.object({
  type: z.enum(ROUND_TYPES, { error: "Pilih jenis putaran." }),
  name: requiredText("Nama putaran"),
  referenceDate: isoDate("Tanggal acuan"),
});
export type CreateRoundInput = z.output<typeof createRoundSchema>;

export const roundBasicsSchema = z
  .object({
    name: requiredText("Nama putaran"),
    referenceDate: isoDate("Tanggal acuan"),
    scoringOpensOn: optionalIsoDate("Tanggal mulai penilaian"),
    scoringClosesOn: optionalIsoDate("Tanggal akhir penilaian"),
  })
  .refine((r) => !r.scoringOpensOn || !r.scoringClosesOn || r.scoringOpensOn <= r.scoringClosesOn, {
    path: ["scoringClosesOn"],
    message: "Tanggal akhir penilaian tidak boleh sebelum tanggal mulai.",
  });
export type RoundBasicsInput = z.output<typeof roundBasicsSchema>;

const list = (value: unknown) => (Array.isArray(value) ? value : value ? [value] : []);

export const roundPositionsSchema = z.object({
  positionIds: z.preprocess(list, z.array(id).max(200)),
  reservedIds: z.preprocess(list, z.array(id).max(200)),
});
export type RoundPositionsInput = z.output<typeof roundPositionsSchema>;

export const addParticipantSchema = z.object({
  officialId: id,
  roundPositionId: optionalId,
  overrideReason: optionalText(1000),
});
export type AddParticipantInput = z.output<typeof addParticipantSchema>;

export const PANEL_ROLES = ["KETUA", "SEKRETARIS", "ANGGOTA"] as const;

export const panelMemberSchema = z
  .object({
    userId: optionalId,
    externalName: optionalText(200),
    role: z.enum(PANEL_ROLES, { error: "Pilih peran dalam pansel." }),
    internal: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    institution: z.preprocess((v) => v ?? "", z.string().trim().max(200, "Instansi asal paling banyak 200 karakter.")),
    decreeNumber: z.preprocess((v) => v ?? "", z.string().trim().max(120, "Nomor SK paling banyak 120 karakter.")),
  })
  .refine((m) => Boolean(m.userId) !== Boolean(m.externalName), {
    path: ["externalName"],
    message: "Pilih akun pengguna atau isi nama anggota luar (salah satu).",
  });
export type PanelMemberInput = z.output<typeof panelMemberSchema>;

const criterionSchema = z.object({
  code: z.string().trim().regex(/^[A-Z0-9_]{2,40}$/, "Kode kriteria hanya huruf besar, angka, dan garis bawah."),
  label: requiredText("Nama kriteria", 120),
  description: z.string().trim().max(500, "Uraian kriteria paling banyak 500 karakter."),
  weight: z.number({ error: "Bobot kriteria harus angka, mis. 2,5." }).positive("Bobot kriteria harus lebih dari 0.").max(100, "Bobot kriteria paling besar 100."),
  anchors: z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]).refine(
    (anchors) => anchors.every((a) => a.trim().length > 0),
    "Setiap kriteria memerlukan lima jangkar perilaku (nilai 1–5).",
  ),
});

const criteriaSchema = z
  .array(criterionSchema)
  .max(12, "Paling banyak 12 kriteria.")
  .refine((items) => new Set(items.map((i) => i.code)).size === items.length, "Kode kriteria tidak boleh sama.");

export const rubricSchema = z.object({ PAPER: criteriaSchema, INTERVIEW: criteriaSchema });

const json = (value: unknown) => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
};

export const roundConfigSchema = z
  .object({
    ...Object.fromEntries(COMPOSITE_COMPONENTS.map((c) => [`weight_${c}`, decimal("Bobot", 0, 100)])),
    jpmScheme: z.enum(["MS", "OPTIMAL"]),
    aggregationMethod: z.enum(["MEAN", "TRIMMED"]),
    dispersionThreshold: decimal("Ambang sebaran", 0, 100),
    rubric: z.preprocess(json, rubricSchema),
    reason: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), reason("Alasan perubahan").optional()),
  })
  .transform(({ jpmScheme, aggregationMethod, dispersionThreshold, rubric, reason: why, ...rest }) => ({
    weights: Object.fromEntries(COMPOSITE_COMPONENTS.map((c) => [c, (rest as Record<string, number>)[`weight_${c}`]!])) as Record<
      (typeof COMPOSITE_COMPONENTS)[number],
      number
    >,
    jpmScheme,
    aggregationMethod,
    dispersionThreshold,
    rubric,
    reason: why,
  }));
export type RoundConfigInput = z.output<typeof roundConfigSchema>;

export const oversightSchema = z.object({
  oversightMode: z.enum(["RECOMMENDATION", "REPORT_ONLY"], { error: "Pilih mode pengawasan." }),
  oversightBodyName: requiredText("Nama instansi pengawas"),
  minApplicantsPerPost: z.coerce
    .number({ error: "Isi angka." })
    .int("Isi bilangan bulat.")
    .min(MIN_APPLICANTS_PER_POST_LIMITS.min, `Paling sedikit ${MIN_APPLICANTS_PER_POST_LIMITS.min}.`)
    .max(MIN_APPLICANTS_PER_POST_LIMITS.max, `Paling banyak ${MIN_APPLICANTS_PER_POST_LIMITS.max}.`),
});
export type OversightInput = z.output<typeof oversightSchema>;

export const reasonSchema = z.object({ reason: reason() });
