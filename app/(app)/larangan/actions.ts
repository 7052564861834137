"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { handleFormAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { blackoutSchema } from "@/lib/schemas/blackout";
import { id } from "@/lib/schemas/fields";
import { addBlackout, removeBlackout } from "@/lib/server/blackouts";

export async function addBlackoutAction(_p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, blackoutSchema, async (input, actor) => {
    await addBlackout(actor, input);
    revalidatePath("/larangan");
    return "Masa larangan tersimpan.";
  });
}

export async function removeBlackoutAction(_p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, z.object({ blackoutId: id }), async ({ blackoutId }, actor) => {
    await removeBlackout(actor, blackoutId);
    revalidatePath("/larangan");
    return "Masa larangan dihapus.";
  });
}
