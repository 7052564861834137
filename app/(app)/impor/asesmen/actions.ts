"use server";

import { commitAssessmentImport, previewAssessmentImport } from "@/lib/server/imports/assessment-import";
import type { ImportState } from "../import-state";
import { runImport } from "../run-import";

/** Bound to the round on the page; the services re-check that the round is the actor's. */
export async function importAssessmentAction(roundId: string, _previous: ImportState, formData: FormData): Promise<ImportState> {
  return runImport(formData, {
    preview: (actor, upload) => previewAssessmentImport(actor, roundId, upload),
    commit: (actor, upload, sha256) => commitAssessmentImport(actor, roundId, upload, sha256),
    revalidate: [`/putaran/${roundId}`, "/impor/asesmen"],
  });
}
