"use client";

import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import { Radio } from "@/components/ui/choice";
import { TextAreaField } from "@/components/ui/field";
import { useFormEcho } from "@/components/ui/form-context";
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

const CHOICES = [
  ["none", "Tidak ada konflik"],
  ["conflict", "Ada konflik"],
] as const;

/** One choice per participant — no conflict, or a conflict with its reason — before any scoring. */
export function ConflictForm({ action, participants }: { action: (s: FormState, f: FormData) => Promise<FormState>; participants: Participant[] }) {
  return (
    <ActionForm action={action} className="space-y-4">
      <ConflictFields participants={participants} />
    </ActionForm>
  );
}

function ConflictFields({ participants }: { participants: Participant[] }) {
  const echo = useFormEcho();
  const saved = (p: Participant) => (p.declaration ? (p.declaration.hasConflict ? "conflict" : "none") : "");
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(participants.map((p) => [p.id, echo.value(`conflict_${p.id}`, saved(p))])),
  );
  const complete = participants.every((p) => choices[p.id]);
  return (
    <>
      <ul className="space-y-3">
        {participants.map((p) => {
          const locked = p.declaration?.hasConflict === true;
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
                  {CHOICES.map(([value, label]) => (
                    <label key={value} className="flex min-h-10 items-center gap-2 text-sm">
                      <Radio
                        name={`conflict_${p.id}`}
                        value={value}
                        defaultChecked={choices[p.id] === value}
                        disabled={locked && value === "none"}
                        onChange={() => setChoices({ ...choices, [p.id]: value })}
                      />
                      {label}
                    </label>
                  ))}
                </div>
                {choices[p.id] === "conflict" ? (
                  <div className="mt-2">
                    <TextAreaField id={`reason_${p.id}`} name={`reason_${p.id}`} label={`Alasan konflik dengan ${p.name}`} rows={2} defaultValue={p.declaration?.reason ?? ""} />
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
  );
}
