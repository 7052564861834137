// What an import action returns to its client component (shared by both sides).
import type { FormState } from "@/lib/form-state";
import type { ImportPreview } from "@/lib/server/imports/types";

export type ImportState = FormState & {
  /** Row-by-row result of the file last sent: what a commit would do, or what it did. */
  preview?: ImportPreview;
  /** The file was committed (or nothing had to change): there is nothing left to save. */
  done?: boolean;
};

export const initialImportState: ImportState = { status: "idle" };
