"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { handleFormAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { id, optionalText } from "@/lib/schemas/fields";
import {
  addParticipantSchema, oversightSchema, panelMemberSchema, roundBasicsSchema, roundConfigSchema, roundPositionsSchema,
} from "@/lib/schemas/round";
import { saveOversight, setRoundPositions, updateRoundBasics } from "@/lib/server/round-setup/basics";
import { saveRoundConfig } from "@/lib/server/round-setup/config";
import { addPanelMember, removePanelMember } from "@/lib/server/round-setup/panel";
import { addParticipant, recheckParticipant, removeParticipant } from "@/lib/server/round-setup/participants";
import { startScoring } from "@/lib/server/round-setup/start";

// Every action re-authorises in its service and derives the round's agency from the record.
const refresh = (roundId: string) => revalidatePath(`/putaran/${roundId}`, "layout");
const nothing = z.object({});
const memberId = z.object({ memberId: id });
const participantId = z.object({ participantId: id });
const recheck = z.object({ participantId: id, overrideReason: optionalText(1000) });

export async function updateBasicsAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, roundBasicsSchema, async (input, actor) => {
    await updateRoundBasics(actor, roundId, input);
    refresh(roundId);
    return "Data putaran tersimpan.";
  });
}

export async function setPositionsAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, roundPositionsSchema, async (input, actor) => {
    await setRoundPositions(actor, roundId, input);
    refresh(roundId);
    // No post yet is a legitimate draft (the readiness check refuses to start such a round), but
    // "tersimpan" alone would read as if something had been chosen.
    return input.positionIds.length === 0 ? "Belum ada jabatan dipilih." : "Jabatan putaran tersimpan.";
  });
}

export async function addParticipantAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, addParticipantSchema, async (input, actor) => {
    await addParticipant(actor, roundId, input);
    refresh(roundId);
    return "Peserta ditambahkan.";
  });
}

export async function removeParticipantAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, participantId, async (input, actor) => {
    await removeParticipant(actor, roundId, input.participantId);
    refresh(roundId);
    return "Peserta dihapus.";
  });
}

export async function recheckParticipantAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, recheck, async (input, actor) => {
    await recheckParticipant(actor, roundId, input.participantId, input);
    refresh(roundId);
    return "Kelayakan peserta diperbarui.";
  });
}

export async function addPanelMemberAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, panelMemberSchema, async (input, actor) => {
    await addPanelMember(actor, roundId, input);
    refresh(roundId);
    return "Anggota pansel ditambahkan.";
  });
}

export async function removePanelMemberAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, memberId, async (input, actor) => {
    await removePanelMember(actor, roundId, input.memberId);
    refresh(roundId);
    return "Anggota pansel dihapus.";
  });
}

export async function saveConfigAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, roundConfigSchema, async (input, actor) => {
    const { version } = await saveRoundConfig(actor, roundId, input);
    refresh(roundId);
    return `Bobot dan rubrik tersimpan (versi ${version}).`;
  });
}

export async function saveOversightAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, oversightSchema, async (input, actor) => {
    await saveOversight(actor, roundId, input);
    refresh(roundId);
    return "Pengaturan pengawasan tersimpan.";
  });
}

export async function startScoringAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, nothing, async (_input, actor) => {
    await startScoring(actor, roundId);
    refresh(roundId);
    return "Penilaian dimulai. Bobot dan rubrik dibekukan sebagai versi tetap.";
  });
}
