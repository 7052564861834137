"use server";

import { revalidatePath } from "next/cache";
import { handleAction, handleFormAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { conflictsFormSchema, justificationSchema, sheetKeySchema, sheetReviseSchema, sheetWriteSchema } from "@/lib/schemas/panel";
import { declareConflicts } from "@/lib/server/panel/conflicts";
import { justifyDispersion } from "@/lib/server/panel/overview";
import { reviseSheet, saveDraft, submitSheet } from "@/lib/server/panel/sheets";

export async function declareConflictsAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, conflictsFormSchema, async (input, actor) => {
    await declareConflicts(actor, roundId, input);
    revalidatePath(`/penilaian/${roundId}`);
    return "Deklarasi konflik kepentingan tersimpan.";
  });
}

const writeArgs = sheetKeySchema.extend({ sheet: sheetWriteSchema });
const reviseArgs = sheetKeySchema.extend({ sheet: sheetReviseSchema });

export async function saveDraftAction(args: unknown) {
  return handleAction(args, writeArgs, async ({ sheet, ...key }, actor) => saveDraft(actor, key, sheet));
}

export async function submitSheetAction(args: unknown) {
  return handleAction(args, writeArgs, async ({ sheet, ...key }, actor) => {
    const result = await submitSheet(actor, key, sheet);
    revalidatePath(`/penilaian/${key.roundId}`, "layout");
    return result;
  });
}

export async function reviseSheetAction(args: unknown) {
  return handleAction(args, reviseArgs, async ({ sheet, ...key }, actor) => {
    const result = await reviseSheet(actor, key, sheet);
    revalidatePath(`/penilaian/${key.roundId}`, "layout");
    return result;
  });
}

export async function justifyDispersionAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, justificationSchema, async (input, actor) => {
    await justifyDispersion(actor, roundId, input);
    revalidatePath(`/penilaian/${roundId}/ketua`);
    revalidatePath(`/putaran/${roundId}/progres`);
    return "Justifikasi tersimpan.";
  });
}
