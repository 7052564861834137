"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { handleFormAction } from "@/lib/action";
import { formatNumber } from "@/lib/format";
import type { FormState } from "@/lib/form-state";
import { approveSchema, decisionSchema, moveFormSchema, returnSchema } from "@/lib/schemas/proposal";
import { saveMove, suggestMoves } from "@/lib/server/proposals/draft";
import { approvePendingMoves, approveProposal, decideMove, reopenProposal, returnProposal, submitProposal } from "@/lib/server/proposals/workflow";

const refresh = (roundId: string) => revalidatePath(`/putaran/${roundId}/usulan`);
const nothing = z.object({});

export async function saveMoveAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, moveFormSchema, async (input, actor) => {
    await saveMove(actor, roundId, input);
    refresh(roundId);
    return "Usulan tersimpan.";
  });
}

export async function suggestAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, nothing, async (_i, actor) => {
    const { total, assigned } = await suggestMoves(actor, roundId);
    refresh(roundId);
    return `Saran optimal diterapkan pada usulan yang tidak dikunci: ${assigned} pejabat, total kecocokan ${formatNumber(total)}.`;
  });
}

export async function submitAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, nothing, async (_i, actor) => {
    await submitProposal(actor, roundId);
    refresh(roundId);
    return "Usulan diajukan kepada kepala daerah.";
  });
}

export async function decideAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, decisionSchema, async (input, actor) => {
    await decideMove(actor, roundId, input);
    refresh(roundId);
    return input.decision === "APPROVED" ? "Disetujui." : "Ditolak.";
  });
}

export async function approveAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, approveSchema, async ({ notes }, actor) => {
    await approveProposal(actor, roundId, notes);
    refresh(roundId);
    return "Keputusan atas usulan rotasi ditetapkan.";
  });
}

export async function returnAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, returnSchema, async ({ notes }, actor) => {
    await returnProposal(actor, roundId, notes);
    refresh(roundId);
    return "Usulan dikembalikan kepada Sekda.";
  });
}

export async function reopenAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, nothing, async (_i, actor) => {
    await reopenProposal(actor, roundId);
    refresh(roundId);
    return "Usulan dibuka kembali sebagai draf.";
  });
}

export async function approvePendingAction(roundId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, nothing, async (_i, actor) => {
    await approvePendingMoves(actor, roundId);
    refresh(roundId);
    return "Semua usulan yang belum diputuskan disetujui.";
  });
}
