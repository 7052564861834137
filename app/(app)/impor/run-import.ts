import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { ImportOutcome, ImportPreview, ImportUpload } from "@/lib/server/imports/types";
import type { Actor } from "@/lib/server/users";
import type { ImportState } from "./import-state";
import { importRequestSchema } from "./schemas";

type ImportServices = {
  preview: (actor: Actor, upload: ImportUpload) => Promise<ImportPreview>;
  commit: (actor: Actor, upload: ImportUpload, expectedSha256?: string) => Promise<ImportOutcome>;
  /** Pages whose data a committed import changes. */
  revalidate: string[];
};

const GENERIC_ERROR = "Terjadi kesalahan pada sistem. Silakan coba lagi atau hubungi administrator.";

const CHECK_FILE = "Periksa kembali berkas yang dipilih.";

/**
 * The body of both import actions, in lib/action.ts's order: authenticate → parse (zod) → the
 * service (which authorises, checks and writes) → revalidate → return. Its own helper because the
 * form carries a File, which the string-only form helper leaves out.
 */
export async function runImport(formData: FormData, services: ImportServices): Promise<ImportState> {
  const actor = await requireActor();
  const parsed = importRequestSchema.safeParse({
    langkah: formData.get("langkah"),
    berkas: formData.get("berkas"),
    sha256: formData.get("sha256") ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    return { status: "error", message: CHECK_FILE, fieldErrors };
  }
  const { langkah, berkas, sha256 } = parsed.data;
  try {
    const upload = { name: berkas.name, bytes: new Uint8Array(await berkas.arrayBuffer()) };
    if (langkah === "periksa") return previewState(await services.preview(actor, upload));
    const outcome = await services.commit(actor, upload, sha256);
    if (outcome.status === "committed") for (const path of services.revalidate) revalidatePath(path, "layout");
    return commitState(outcome);
  } catch (error) {
    unstable_rethrow(error);
    // A reason about the file is said once, under the file field; the box only points at it.
    if (error instanceof AppError) {
      const onFile = (error.fieldErrors.berkas?.length ?? 0) > 0;
      return { status: "error", message: onFile ? CHECK_FILE : error.message, fieldErrors: error.fieldErrors };
    }
    console.error(error);
    return { status: "error", message: GENERIC_ERROR };
  }
}

const count = (preview: ImportPreview) =>
  `${preview.counts.NEW} baru, ${preview.counts.CHANGED} diubah, ${preview.counts.UNCHANGED} tidak berubah`;

const badRows = (preview: ImportPreview) => `${preview.counts.ERROR} baris bermasalah`;

function previewState(preview: ImportPreview): ImportState {
  if (preview.counts.ERROR > 0) {
    return { status: "error", message: `${badRows(preview)}. Perbaiki berkas, lalu periksa lagi.`, preview };
  }
  if (preview.counts.NEW + preview.counts.CHANGED === 0) {
    return { status: "success", message: "Tidak ada perubahan: semua baris sama dengan data yang tersimpan.", preview };
  }
  return { status: "success", message: `Berkas siap disimpan: ${count(preview)}.`, preview };
}

function commitState(outcome: ImportOutcome): ImportState {
  const { preview } = outcome;
  if (outcome.status === "invalid") {
    return { status: "error", message: `Impor dibatalkan: ${badRows(preview)}; tidak ada data yang disimpan.`, preview };
  }
  if (outcome.status === "unchanged") return { status: "success", message: "Tidak ada perubahan.", preview, done: true };
  return { status: "success", message: `Impor tersimpan: ${count(preview)}.`, preview, done: true };
}
