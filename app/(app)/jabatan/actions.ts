"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { handleFormAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { orgUnitSchema, positionSchema, standardFormSchema } from "@/lib/schemas/position";
import { updateStandard } from "@/lib/server/position-standard";
import { createOrgUnit, createPosition, updateOrgUnit, updatePosition } from "@/lib/server/position-writes";

export async function createOrgUnitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let createdId = "";
  const state = await handleFormAction(formData, orgUnitSchema, async (input, actor) => {
    createdId = (await createOrgUnit(actor, input)).id;
    revalidatePath("/jabatan");
  });
  if (state.status === "success") redirect(`/jabatan/opd/${createdId}?tersimpan=1`);
  return state;
}

export async function updateOrgUnitAction(orgUnitId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, orgUnitSchema, async (input, actor) => {
    await updateOrgUnit(actor, orgUnitId, input);
    revalidatePath("/jabatan");
    revalidatePath(`/jabatan/opd/${orgUnitId}`);
    return "OPD tersimpan.";
  });
}

export async function createPositionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let createdId = "";
  const state = await handleFormAction(formData, positionSchema, async (input, actor) => {
    createdId = (await createPosition(actor, input)).id;
    revalidatePath("/jabatan");
  });
  if (state.status === "success") redirect(`/jabatan/${createdId}?tersimpan=1`);
  return state;
}

export async function updatePositionAction(positionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, positionSchema, async (input, actor) => {
    await updatePosition(actor, positionId, input);
    revalidatePath("/jabatan");
    revalidatePath(`/jabatan/${positionId}`);
    return "Jabatan tersimpan.";
  });
}

export async function updateStandardAction(positionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, standardFormSchema, async ({ standard }, actor) => {
    await updateStandard(actor, positionId, standard);
    revalidatePath(`/jabatan/${positionId}`);
    return "Standar kompetensi tersimpan.";
  });
}
