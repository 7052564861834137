import { z } from "zod";
import { id, optionalId, optionalText, reason, requiredText } from "./fields";

export const MOVE_KINDS = ["STAY", "ROTATE", "MOVE_DOWN", "APPOINT"] as const;
export const MOVE_KIND_LABELS = { STAY: "Tetap", ROTATE: "Rotasi ke jabatan lain", MOVE_DOWN: "Penurunan jabatan", APPOINT: "Diangkat" } as const;

export const moveSchema = z.object({
  participantId: id,
  kind: z.enum(MOVE_KINDS, { error: "Pilih jenis usulan." }),
  targetPositionId: optionalId,
  targetTitle: optionalText(200),
  // Every move carries its rationale: the head decides each move on it.
  rationale: requiredText("Pertimbangan", 2000),
  locked: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  tenureExceptionReason: optionalText(1000),
});
export type MoveInput = z.output<typeof moveSchema>;
/** The move form's parse: the rationale is checked by saveMove with moveSchema's own rule, together
 * with the target and the tenure exception, so one save shows every missing field at once. */
export const moveFormSchema = moveSchema.extend({ rationale: z.string().default("") });

export const MIN_REJECTION_REASON = 5;
export const REJECTION_REASON_MESSAGE = `Tuliskan alasan penolakan (paling sedikit ${MIN_REJECTION_REASON} karakter).`;

/** An exception to the 2-year tenure rule is recorded evidence, held to the same minimum as a rejection. */
export const MIN_TENURE_EXCEPTION_REASON = MIN_REJECTION_REASON;
export const TENURE_EXCEPTION_REASON_MESSAGE = `Pejabat ini belum 2 tahun dalam jabatannya (UU 5/2014 Pasal 116): isi alasan pengecualian (paling sedikit ${MIN_TENURE_EXCEPTION_REASON} karakter) untuk memindahkannya.`;

export const decisionSchema = z
  .object({
    moveId: id,
    decision: z.enum(["APPROVED", "REJECTED"], { error: "Pilih keputusan." }),
    reason: optionalText(2000),
  })
  .refine((d) => d.decision === "APPROVED" || (d.reason?.length ?? 0) >= MIN_REJECTION_REASON, { path: ["reason"], message: REJECTION_REASON_MESSAGE });
export type DecisionInput = z.output<typeof decisionSchema>;

export const returnSchema = z.object({ notes: reason("Catatan pengembalian") });
export const approveSchema = z.object({ notes: optionalText(2000) });
