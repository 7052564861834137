"use server";

import { revalidatePath } from "next/cache";
import { handleFormAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { assessmentSchema, performanceSchema, trackRecordSchema, writtenTestSchema } from "@/lib/schemas/participant-data";
import { saveAssessment, savePerformance, saveTrackRecord, saveWrittenTest } from "@/lib/server/participant-data";

const refresh = (roundId: string, participantId: string) => revalidatePath(`/putaran/${roundId}/peserta/${participantId}`);

export async function saveAssessmentAction(roundId: string, participantId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, assessmentSchema, async (input, actor) => {
    await saveAssessment(actor, roundId, participantId, input);
    refresh(roundId, participantId);
    return "Hasil asesmen tersimpan.";
  });
}

export async function saveTrackRecordAction(roundId: string, participantId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, trackRecordSchema, async (input, actor) => {
    await saveTrackRecord(actor, roundId, participantId, input);
    refresh(roundId, participantId);
    return "Rekam jejak tersimpan.";
  });
}

export async function savePerformanceAction(roundId: string, participantId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, performanceSchema, async (input, actor) => {
    await savePerformance(actor, roundId, participantId, input);
    refresh(roundId, participantId);
    return `Kinerja tahun ${input.year} tersimpan.`;
  });
}

export async function saveWrittenTestAction(roundId: string, participantId: string, _p: FormState, formData: FormData): Promise<FormState> {
  return handleFormAction(formData, writtenTestSchema, async (input, actor) => {
    await saveWrittenTest(actor, roundId, participantId, input);
    refresh(roundId, participantId);
    return "Nilai tes tertulis tersimpan.";
  });
}
