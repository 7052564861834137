import { z } from "zod";
import { id, optionalId, optionalText, reason } from "./fields";

export const MOVE_KINDS = ["STAY", "ROTATE", "MOVE_DOWN", "APPOINT"] as const;
export const MOVE_KIND_LABELS = { STAY: "Tetap", ROTATE: "Rotasi ke jabatan lain", MOVE_DOWN: "Penurunan jabatan", APPOINT: "Diangkat" } as const;

export const moveSchema = z.object({
  participantId: id,
  kind: z.enum(MOVE_KINDS, { error: "Pilih jenis usulan." }),
  targetPositionId: optionalId,
  targetTitle: optionalText(200),
  rationale: z.preprocess((v) => v ?? "", z.string().trim().max(2000)),
  locked: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  tenureExceptionReason: optionalText(1000),
});
export type MoveInput = z.output<typeof moveSchema>;

export const decisionSchema = z
  .object({
    moveId: id,
    decision: z.enum(["APPROVED", "REJECTED"], { error: "Pilih keputusan." }),
    reason: optionalText(2000),
  })
  .refine((d) => d.decision === "APPROVED" || (d.reason?.length ?? 0) >= 5, { path: ["reason"], message: "Tuliskan alasan penolakan (paling sedikit 5 karakter)." });
export type DecisionInput = z.output<typeof decisionSchema>;

export const returnSchema = z.object({ notes: reason("Catatan pengembalian") });
export const approveSchema = z.object({ notes: optionalText(2000) });
