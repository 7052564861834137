"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import type { RubricCriterion } from "@/lib/domain/round-config";
import { missingCriteria, sheetScore, SHEET_VALUES } from "@/lib/domain/scoring/sheet";

type Item = { criterion: string; value: number | null; note: string };
type Key = { roundId: string; participantId: string; component: "PAPER" | "INTERVIEW" };
type WriteResult = ActionResult<{ version: number }>;
type Props = {
  sheetKey: Key;
  rubric: RubricCriterion[];
  initial: { items: Item[]; version: number; status: "DRAFT" | "SUBMITTED" | null };
  mode: "EDIT" | "REVISE";
  saveDraft: (args: unknown) => Promise<WriteResult>;
  submit: (args: unknown) => Promise<WriteResult>;
  revise: (args: unknown) => Promise<WriteResult>;
};

const AUTOSAVE_DELAY = 1500;

/** The rubric with its behavioural anchors. Drafts save themselves shortly after each change and
 * carry the sheet's version, so a stale tab is told rather than overwriting. */
export function SheetForm({ sheetKey, rubric, initial, mode, saveDraft, submit, revise }: Props) {
  const router = useRouter();
  const [items, setItems] = useState<Item[]>(() => rubric.map((c) => initial.items.find((i) => i.criterion === c.code) ?? { criterion: c.code, value: null, note: "" }));
  const [version, setVersion] = useState(initial.version);
  const [status, setStatus] = useState<string>(initial.status === "DRAFT" ? "Draf tersimpan." : "");
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [pending, startTransition] = useTransition();
  const dirty = useRef(false);
  const stale = useRef(false);

  useEffect(() => {
    if (mode !== "EDIT" || !dirty.current || stale.current) return;
    const timer = setTimeout(async () => {
      setStatus("Menyimpan draf…");
      const result = await saveDraft({ ...sheetKey, sheet: { items, expectedVersion: version } });
      if (result.ok) {
        dirty.current = false;
        setVersion(result.data.version);
        setStatus(`Draf tersimpan otomatis pukul ${new Date().toLocaleTimeString("id-ID", { timeZone: "Asia/Jakarta" })}.`);
      } else {
        stale.current = result.message.includes("tab atau perangkat lain") || result.message.includes("sudah dikirim");
        setError(result.message);
        setStatus("");
      }
    }, AUTOSAVE_DELAY);
    return () => clearTimeout(timer);
  }, [items, version, mode, sheetKey, saveDraft]);

  const update = (criterion: string, patch: Partial<Item>) => {
    dirty.current = true;
    setItems((all) => all.map((i) => (i.criterion === criterion ? { ...i, ...patch } : i)));
  };
  const missing = missingCriteria(items, rubric);
  const score = missing.length === 0 ? sheetScore(items, rubric) : null;

  const send = () =>
    startTransition(async () => {
      setError(null);
      const sheet = { items, expectedVersion: version, ...(mode === "REVISE" ? { reason } : {}) };
      const result = await (mode === "REVISE" ? revise : submit)({ ...sheetKey, sheet });
      if (!result.ok) {
        setError(result.fieldErrors?.["sheet"]?.join(" ") || result.message);
        return;
      }
      dirty.current = false;
      router.refresh();
    });

  return (
    <div className="space-y-4">
      {rubric.map((criterion, index) => {
        const item = items[index]!;
        return (
          <fieldset key={criterion.code} className="rounded-lg border border-slate-200 bg-white p-4">
            <legend className="px-1 font-semibold text-slate-900">
              {criterion.label} <span className="text-sm font-normal text-slate-500">(bobot {criterion.weight})</span>
            </legend>
            <p className="mb-3 text-sm text-slate-600">{criterion.description}</p>
            <div className="grid gap-2 md:grid-cols-5">
              {SHEET_VALUES.map((value) => (
                <label
                  key={value}
                  className={`flex min-h-12 cursor-pointer gap-2 rounded-md border p-2 text-sm ${item.value === value ? "border-sky-700 bg-sky-50" : "border-slate-200"}`}
                >
                  <input
                    type="radio"
                    name={`nilai-${criterion.code}`}
                    value={value}
                    checked={item.value === value}
                    onChange={() => update(criterion.code, { value })}
                    aria-label={`${criterion.label}: nilai ${value}`}
                    className="mt-0.5 size-5 shrink-0"
                  />
                  <span>
                    <span className="font-semibold">{value}</span> — {criterion.anchors[value - 1]}
                  </span>
                </label>
              ))}
            </div>
            <div className="mt-3">
              <TextAreaField
                name={`catatan-${criterion.code}`}
                label={`Catatan ${criterion.label}`}
                rows={2}
                value={item.note}
                onChange={(e) => update(criterion.code, { note: e.target.value })}
              />
            </div>
          </fieldset>
        );
      })}
      {mode === "REVISE" ? (
        <TextAreaField name="alasan-revisi" label="Alasan revisi" required value={reason} onChange={(e) => setReason(e.target.value)} hint="Wajib: versi sebelumnya tetap tersimpan dan ditampilkan dalam riwayat." />
      ) : null}
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-100 py-3">
        <p className="text-sm font-medium text-slate-800" data-testid="nilai-lembar">{score === null ? `${missing.length} kriteria belum dinilai` : `Nilai lembar: ${score.toLocaleString("id-ID")}`}</p>
        <Button onClick={send} disabled={pending || score === null || (mode === "REVISE" && reason.trim().length < 5) || stale.current}>
          {mode === "REVISE" ? "Kirim revisi" : "Kirim nilai"}
        </Button>
        <p role="status" className="text-sm text-slate-600" data-testid="status-draf">{status}</p>
      </div>
      {error ? <p role="alert" data-testid="galat-lembar" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p> : null}
    </div>
  );
}
