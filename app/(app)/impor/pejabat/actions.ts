"use server";

import { commitOfficialsImport, previewOfficialsImport } from "@/lib/server/imports/officials-import";
import type { ImportState } from "../import-state";
import { runImport } from "../run-import";

export async function importOfficialsAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  return runImport(formData, { preview: previewOfficialsImport, commit: commitOfficialsImport, revalidate: ["/pegawai"] });
}
