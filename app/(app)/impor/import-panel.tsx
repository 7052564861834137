"use client";

import { startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialImportState, type ImportState } from "./import-state";
import { PreviewTable } from "./preview-table";

type Props = {
  action: (state: ImportState, formData: FormData) => Promise<ImportState>;
  maxBytes: number;
  maxRows: number;
};

type Step = "periksa" | "simpan";

const PENDING: Record<Step, string> = {
  periksa: "Mengunggah dan memeriksa berkas…",
  simpan: "Mengunggah ulang dan menyimpan impor…",
};

/**
 * Upload → preview → commit. The component keeps the chosen File and sends it again for the
 * commit (the server keeps nothing between the two steps), with the fingerprint of the previewed
 * file so that a file changed in between is refused. It submits by hand, not through the form's
 * action, because React resets a form after its action and would drop the file.
 */
export function ImportPanel({ action, maxBytes, maxRows }: Props) {
  const [state, dispatch, pending] = useActionState(action, initialImportState);
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<{ file: File; step: Step } | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();

  // The last answer belongs to the selected file only while the user has not picked another.
  const current = sent !== null && sent.file === file;
  const preview = current ? state.preview : undefined;
  const canCommit = current && !pending && !state.done && preview !== undefined && preview.counts.ERROR === 0;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    const tooLarge = chosen !== null && chosen.size > maxBytes;
    setFileError(tooLarge ? `Ukuran berkas melebihi batas ${Math.round(maxBytes / 1024 / 1024)} MB. Bagi data menjadi beberapa berkas.` : undefined);
  };

  const send = (step: Step) => {
    if (!file) return setFileError("Pilih berkas XLSX atau CSV.");
    if (fileError) return;
    const data = new FormData();
    data.set("langkah", step);
    data.set("berkas", file);
    if (step === "simpan" && preview) data.set("sha256", preview.sha256);
    setSent({ file, step });
    startTransition(() => dispatch(data));
  };

  const errors = fileError ? [fileError] : current ? state.fieldErrors?.berkas : undefined;
  return (
    <div className="space-y-4">
      <form
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send("periksa");
        }}
      >
        <TextField
          name="berkas"
          label="Berkas (XLSX atau CSV)"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          required
          disabled={pending}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
          errors={errors}
          hint={`Paling besar ${Math.round(maxBytes / 1024 / 1024)} MB dan ${maxRows.toLocaleString("id-ID")} baris data. CSV: UTF-8, dipisah koma atau titik koma.`}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant={canCommit ? "secondary" : "primary"} disabled={pending || !file}>
            Periksa
          </Button>
          <Button type="button" variant="primary" disabled={!canCommit} onClick={() => send("simpan")}>
            Simpan impor
          </Button>
        </div>
        {pending && sent ? (
          // Server actions report no upload progress, so the bar is indeterminate.
          <div role="status" className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
            <progress className="h-2 w-48" aria-label={PENDING[sent.step]} />
            <span>{PENDING[sent.step]}</span>
          </div>
        ) : null}
        {current && !pending ? <FormMessage state={state} /> : null}
      </form>
      {preview && !pending ? <PreviewTable key={`${preview.sha256}-${String(state.done)}`} preview={preview} /> : null}
    </div>
  );
}
