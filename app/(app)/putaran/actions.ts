"use server";

import { redirect } from "next/navigation";
import { handleFormAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { createRoundSchema } from "@/lib/schemas/round";
import { createRound } from "@/lib/server/round-setup/basics";

export async function createRoundAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let roundId = "";
  const state = await handleFormAction(formData, createRoundSchema, async (input, actor) => {
    roundId = (await createRound(actor, input)).id;
  });
  if (state.status === "success") redirect(`/putaran/${roundId}/jabatan`);
  return state;
}
