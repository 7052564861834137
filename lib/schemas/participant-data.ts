import { z } from "./zod";
import { COMPETENCY_LEVEL_MESSAGE } from "@/lib/domain/competency";
import { SKP_RATINGS } from "@/lib/domain/scoring/performance";
import { SANCTION_LEVELS } from "@/lib/domain/scoring/track-record";
import { competencyLevel, decimal, optionalDecimal, optionalIsoDate, optionalText } from "./fields";

/** Assessment-centre levels: form fields `level_<CODE>` for each competency of the post's standard. */
export const assessmentSchema = z
  .looseObject({ assessor: optionalText(200), assessedOn: optionalIsoDate("Tanggal asesmen") })
  .transform((raw, context) => {
    const levels: Record<string, number> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (!key.startsWith("level_")) continue;
      const parsed = competencyLevel.safeParse(value);
      if (!parsed.success) {
        context.addIssue({ code: "custom", path: [key], message: parsed.error.issues[0]?.message ?? COMPETENCY_LEVEL_MESSAGE });
        continue;
      }
      levels[key.slice("level_".length)] = parsed.data;
    }
    return { levels, assessor: raw.assessor as string | undefined, assessedOn: raw.assessedOn as string | undefined };
  });
export type AssessmentInput = z.output<typeof assessmentSchema>;

const score = (label: string) => optionalDecimal(label, 0, 100);

export const trackRecordSchema = z
  .object({
    sanctionLevel: z.enum(SANCTION_LEVELS, { error: "Pilih tingkat hukuman disiplin." }),
    superiorScore: score("Nilai atasan"),
    peerScore: score("Nilai rekan sejawat"),
    subordinateScore: score("Nilai bawahan"),
    note: z.preprocess((v) => v ?? "", z.string().trim().max(1000, "Catatan paling banyak 1000 karakter.")),
  })
  .refine((t) => t.superiorScore !== undefined || t.peerScore !== undefined || t.subordinateScore !== undefined, {
    path: ["superiorScore"],
    message: "Isi paling sedikit satu nilai 360 derajat.",
  });
export type TrackRecordInput = z.output<typeof trackRecordSchema>;

export const performanceSchema = z.object({
  year: z.coerce.number({ error: "Isi tahun." }).int().min(2000, "Tahun tidak valid.").max(2100, "Tahun tidak valid."),
  contractAchievement: decimal("Capaian kontrak kinerja", 0, 200),
  skpRating: z.enum(SKP_RATINGS, { error: "Pilih predikat SKP." }),
});
export type PerformanceInput = z.output<typeof performanceSchema>;

export const writtenTestSchema = z.object({ score: decimal("Nilai tes tertulis", 0, 100) });
export type WrittenTestInput = z.output<typeof writtenTestSchema>;
