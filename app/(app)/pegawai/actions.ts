"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { handleFormAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { officialSchema } from "@/lib/schemas/official";
import { createOfficial, updateOfficial } from "@/lib/server/official-writes";

export async function createOfficialAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let createdId = "";
  const state = await handleFormAction(formData, officialSchema, async (input, actor) => {
    createdId = (await createOfficial(actor, input)).id;
    revalidatePath("/pegawai");
  });
  if (state.status === "success") redirect(`/pegawai/${createdId}?tersimpan=1`);
  return state;
}

export async function updateOfficialAction(officialId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, officialSchema, async (input, actor) => {
    await updateOfficial(actor, officialId, input);
    revalidatePath("/pegawai");
    revalidatePath(`/pegawai/${officialId}`);
    return "Data pejabat tersimpan.";
  });
}
