"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import type { RubricCriterion } from "@/lib/domain/round-config";
import { missingCriteria, sheetScore, SHEET_VALUES } from "@/lib/domain/scoring/sheet";
import type { RevisionDraft } from "@/lib/ui/revision-draft";
import { useDraftAutosave } from "./use-draft-autosave";
import { useRevisionDraft } from "./use-revision-draft";

type Item = { criterion: string; value: number | null; note: string };
type Key = { roundId: string; participantId: string; component: "PAPER" | "INTERVIEW" };
type WriteResult = ActionResult<{ version: number }>;
type Props = {
  sheetKey: Key;
  /** The signed-in user, so a revision kept in this browser is only offered back to them. */
  owner: string;
  rubric: RubricCriterion[];
  initial: { items: Item[]; version: number; status: "DRAFT" | "SUBMITTED" | null };
  mode: "EDIT" | "REVISE";
  saveDraft: (args: unknown) => Promise<WriteResult>;
  submit: (args: unknown) => Promise<WriteResult>;
  revise: (args: unknown) => Promise<WriteResult>;
};

/** The rubric with its behavioural anchors. Drafts save themselves shortly after each change and
 * carry the sheet's version, so a stale tab is told rather than overwriting; an unsent revision is
 * kept in this browser until it is sent. */
export function SheetForm({ sheetKey, owner, rubric, initial, mode, saveDraft, submit, revise }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [items, setItems] = useState<Item[]>(() => rubric.map((c) => initial.items.find((i) => i.criterion === c.code) ?? { criterion: c.code, value: null, note: "" }));
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [pending, startTransition] = useTransition();

  const saveItems = useCallback((value: Item[], expectedVersion: number) => saveDraft({ ...sheetKey, sheet: { items: value, expectedVersion } }), [saveDraft, sheetKey]);
  const autosave = useDraftAutosave(items, { enabled: mode === "EDIT", initialVersion: initial.version, storedDraft: initial.status === "DRAFT", save: saveItems });
  const restore = useCallback((draft: RevisionDraft) => {
    setItems(draft.items);
    setReason(draft.reason);
  }, []);
  const revision = useRevisionDraft({
    enabled: mode === "REVISE",
    draftKey: { owner, ...sheetKey, baseVersion: initial.version },
    criteria: rubric.map((c) => c.code),
    onRestore: restore,
  });

  const change = (next: { items?: Item[]; reason?: string }) => {
    const draft = { items: next.items ?? items, reason: next.reason ?? reason };
    setItems(draft.items);
    setReason(draft.reason);
    if (mode === "EDIT") autosave.markEdited();
    else revision.save(draft);
  };
  const update = (criterion: string, patch: Partial<Item>) => change({ items: items.map((i) => (i.criterion === criterion ? { ...i, ...patch } : i)) });
  const missing = missingCriteria(items, rubric);
  const score = missing.length === 0 ? sheetScore(items, rubric) : null;

  const discardRestored = () => {
    revision.clear();
    setItems(rubric.map((c) => initial.items.find((i) => i.criterion === c.code) ?? { criterion: c.code, value: null, note: "" }));
    setReason("");
  };

  const send = () =>
    startTransition(async () => {
      setError(null);
      // A save of this tab may be in flight: wait for it and send the version it produced.
      const sync = await autosave.settle();
      if (sync.stale) return;
      const sheet = { items, expectedVersion: sync.version, ...(mode === "REVISE" ? { reason } : {}) };
      const result = await (mode === "REVISE" ? revise : submit)({ ...sheetKey, sheet });
      if (!result.ok) {
        setError(result.fieldErrors?.["sheet"]?.join(" ") || result.message);
        autosave.resume();
        return;
      }
      if (mode === "REVISE") {
        revision.clear();
        router.replace(pathname); // leave ?revisi=1: the sent revision is shown, locked
      } else {
        router.refresh();
      }
    });

  const status = mode === "EDIT" ? autosave.status : revision.stored ? "Perubahan revisi disimpan sementara di perangkat ini; belum dikirim." : "";
  const shownError = error ?? autosave.error;

  return (
    <div className="space-y-4">
      {revision.restored ? (
        <div role="status" data-testid="revisi-dipulihkan" className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p>Perubahan revisi yang belum dikirim dipulihkan dari perangkat ini. Periksa kembali sebelum mengirim.</p>
          <Button variant="secondary" size="sm" onClick={discardRestored} disabled={pending}>Buang perubahan</Button>
        </div>
      ) : null}
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
                  className={`flex min-h-12 min-w-0 cursor-pointer gap-2 rounded-md border p-2 text-sm ${item.value === value ? "border-sky-700 bg-sky-50" : "border-slate-200"}`}
                >
                  <input
                    type="radio"
                    name={`nilai-${criterion.code}`}
                    value={value}
                    checked={item.value === value}
                    onChange={() => update(criterion.code, { value })}
                    disabled={pending}
                    aria-label={`${criterion.label}: nilai ${value}`}
                    className="mt-0.5 size-5 shrink-0"
                  />
                  {/* Narrow five-column cards on a tablet: long words ("dipertanggungjawabkan") break. */}
                  <span className="min-w-0 break-words">
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
                disabled={pending}
                onChange={(e) => update(criterion.code, { note: e.target.value })}
              />
            </div>
          </fieldset>
        );
      })}
      {mode === "REVISE" ? (
        <TextAreaField name="alasan-revisi" label="Alasan revisi" required value={reason} disabled={pending} onChange={(e) => change({ reason: e.target.value })} hint="Wajib: versi sebelumnya tetap tersimpan dan ditampilkan dalam riwayat." />
      ) : null}
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-100 py-3">
        <p className="text-sm font-medium text-slate-800" data-testid="nilai-lembar">{score === null ? `${missing.length} kriteria belum dinilai` : `Nilai lembar: ${score.toLocaleString("id-ID")}`}</p>
        <Button onClick={send} disabled={pending || score === null || (mode === "REVISE" && reason.trim().length < 5) || autosave.sync.stale}>
          {mode === "REVISE" ? "Kirim revisi" : "Kirim nilai"}
        </Button>
        <p role="status" className="text-sm text-slate-600" data-testid="status-draf">{status}</p>
      </div>
      {shownError ? <p role="alert" data-testid="galat-lembar" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{shownError}</p> : null}
    </div>
  );
}
