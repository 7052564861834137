"use client";

import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";

type Participant = {
  id: string;
  name: string;
  nip: string;
  post: string | null;
  orgUnit: string | null;
  declaration: { hasConflict: boolean; reason: string | null } | null;
  suggestions: string[];
};

/** One choice per participant — no conflict, or a conflict with its reason — before any scoring. */
export function ConflictForm({ action, participants }: { action: (s: FormState, f: FormData) => Promise<FormState>; participants: Participant[] }) {
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(participants.map((p) => [p.id, p.declaration ? (p.declaration.hasConflict ? "conflict" : "none") : ""])),
  );
  const complete = participants.every((p) => choices[p.id]);
  return (
    <ActionForm action={action} className="space-y-4">
      {(state) => (
        <>
          <ul className="space-y-3">
            {participants.map((p) => {
              const locked = p.declaration?.hasConflict === true;
              const error = state.fieldErrors?.[`reason_${p.id}`];
              return (
                <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
                  <fieldset>
                    <legend className="font-medium text-slate-900">
                      {p.name} <span className="font-mono text-xs text-slate-500">{p.nip}</span>
                      <span className="block text-sm font-normal text-slate-600">{[p.post, p.orgUnit].filter(Boolean).join(" · ")}</span>
                    </legend>
                    {p.suggestions.length > 0 ? (
                      <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid={`saran-${p.nip}`}>
                        Kemungkinan konflik: {p.suggestions.join("; ")}. Anda yang memutuskan.
                      </p>
                    ) : null}
                    <div className="mt-3 flex flex-wrap gap-4">
                      {[
                        ["none", "Tidak ada konflik"],
                        ["conflict", "Ada konflik"],
                      ].map(([value, label]) => (
                        <label key={value} className="flex min-h-10 items-center gap-2 text-sm">
                          <input
                            type="radio"
                            name={`conflict_${p.id}`}
                            value={value}
                            checked={choices[p.id] === value}
                            disabled={locked && value === "none"}
                            onChange={() => setChoices({ ...choices, [p.id]: value! })}
                            className="size-5"
                          />
                          {label}
                        </label>
                      ))}
                    </div>
                    {choices[p.id] === "conflict" ? (
                      <div className="mt-2">
                        <label htmlFor={`reason_${p.id}`} className="block text-sm font-medium text-slate-800">Alasan konflik dengan {p.name}</label>
                        <textarea
                          id={`reason_${p.id}`}
                          name={`reason_${p.id}`}
                          rows={2}
                          defaultValue={p.declaration?.reason ?? ""}
                          aria-describedby={error ? `reason_${p.id}-error` : undefined}
                          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
                        />
                        {error ? <p id={`reason_${p.id}-error`} className="text-sm text-red-700">{error.join(" ")}</p> : null}
                      </div>
                    ) : null}
                  </fieldset>
                </li>
              );
            })}
          </ul>
          <SubmitButton disabled={!complete}>Simpan deklarasi</SubmitButton>
          {!complete ? <p className="text-sm text-slate-600">Pilih untuk setiap peserta sebelum menyimpan.</p> : null}
        </>
      )}
    </ActionForm>
  );
}
