// Shapes an import returns to the page. Plain data only: the preview travels from a server action
// to a client component.

/** An uploaded file as the services take it (the action reads the browser's File into bytes). */
export type ImportUpload = { name: string; bytes: Uint8Array };

export type RowStatus = "NEW" | "CHANGED" | "UNCHANGED" | "ERROR";

export const ROW_STATUS_LABELS: Record<RowStatus, string> = {
  NEW: "baru",
  CHANGED: "diubah",
  UNCHANGED: "tidak berubah",
  ERROR: "galat",
};

/** One problem of one cell (or of a whole row, with the key column), as the user must fix it. */
export type RowIssue = { row: number; column: string; message: string };

export type PreviewRow = {
  /** The row number the spreadsheet program shows. */
  row: number;
  /** NIP of the row. */
  key: string;
  /** Name of the official, when known. */
  label: string;
  status: RowStatus;
  /** Column headers whose stored value the row changes. */
  changed: string[];
  issues: RowIssue[];
};

export type ImportPreview = {
  fileName: string;
  sha256: string;
  rows: PreviewRow[];
  counts: Record<RowStatus, number>;
  /** Informational columns (No, Keterangan, ...) present in the file and not imported. */
  ignoredColumns: string[];
};

export type ImportOutcome =
  /** Some row is bad: nothing was written. */
  | { status: "invalid"; preview: ImportPreview }
  /** Every row equals the stored data: nothing was written, no audit row. */
  | { status: "unchanged"; preview: ImportPreview }
  | { status: "committed"; preview: ImportPreview };

export function summarise(fileName: string, sha256: string, rows: PreviewRow[], ignoredColumns: string[]): ImportPreview {
  const counts: Record<RowStatus, number> = { NEW: 0, CHANGED: 0, UNCHANGED: 0, ERROR: 0 };
  for (const row of rows) counts[row.status] += 1;
  return { fileName, sha256, rows, counts, ignoredColumns };
}

/** The one status a set of checked rows leads to when committed. */
export function outcomeOf(preview: ImportPreview): ImportOutcome["status"] {
  if (preview.counts.ERROR > 0) return "invalid";
  return preview.counts.NEW + preview.counts.CHANGED > 0 ? "committed" : "unchanged";
}
