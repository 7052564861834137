"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { handleFormAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { reasonSchema } from "@/lib/schemas/round";
import { correctResults, finaliseRound } from "@/lib/server/results/finalise";

export async function finaliseAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, z.object({}), async (_input, actor) => {
    const { number, ranked } = await finaliseRound(actor, roundId);
    revalidatePath(`/putaran/${roundId}`, "layout");
    revalidatePath(`/penilaian/${roundId}`, "layout");
    return `Hasil difinalkan (versi hasil ${number}, ${ranked} peserta berperingkat).`;
  });
}

export async function correctAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, reasonSchema, async ({ reason }, actor) => {
    const { number } = await correctResults(actor, roundId, reason);
    revalidatePath(`/putaran/${roundId}`, "layout");
    return `Koreksi tersimpan sebagai versi hasil ${number}.`;
  });
}
