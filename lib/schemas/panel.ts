import { z } from "./zod";
import { PANEL_COMPONENTS } from "@/lib/domain/round-config";
import { SHEET_VALUES } from "@/lib/domain/scoring/sheet";
import { id, reason } from "./fields";

/** The declaration form: for each participant `conflict_<id>` = "none" | "conflict" and, for a
 * conflict, `reason_<id>`. */
export const conflictsFormSchema = z.looseObject({}).transform((raw, context) => {
  const declarations: { participantId: string; hasConflict: boolean; reason?: string }[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith("conflict_")) continue;
    const participantId = key.slice("conflict_".length);
    const hasConflict = value === "conflict";
    const text = typeof raw[`reason_${participantId}`] === "string" ? (raw[`reason_${participantId}`] as string).trim() : "";
    if (hasConflict && text.length < 5) {
      context.addIssue({ code: "custom", path: [`reason_${participantId}`], message: "Tuliskan alasan konflik (paling sedikit 5 karakter)." });
    }
    declarations.push({ participantId, hasConflict, reason: hasConflict ? text : undefined });
  }
  return { declarations };
});
export type ConflictsInput = z.output<typeof conflictsFormSchema>;

const item = z.object({
  criterion: z.string().min(1).max(40),
  value: z.number().int("Nilai harus bilangan bulat 1–5.").min(SHEET_VALUES[0]).max(SHEET_VALUES[SHEET_VALUES.length - 1]!).nullable(),
  note: z.string().max(2000).default(""),
});

export const sheetKeySchema = z.object({ roundId: id, participantId: id, component: z.enum(PANEL_COMPONENTS) });

export const sheetWriteSchema = z.object({
  items: z.array(item).max(20),
  expectedVersion: z.number().int().min(0),
});
export type SheetWriteInput = z.output<typeof sheetWriteSchema>;

export const sheetReviseSchema = sheetWriteSchema.extend({ reason: reason("Alasan revisi") });
export type SheetReviseInput = z.output<typeof sheetReviseSchema>;

export const justificationSchema = z.object({
  participantId: id,
  component: z.enum(PANEL_COMPONENTS),
  text: reason("Justifikasi"),
});
export type JustificationInput = z.output<typeof justificationSchema>;
