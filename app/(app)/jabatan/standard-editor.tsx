"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { CORE_COMPETENCIES, COMPETENCY_LABELS, COMPETENCY_LEVEL_MESSAGE, isValidCompetencyLevel } from "@/lib/domain/competency";
import { formatDecimalInput, parseDecimal } from "@/lib/format";
import { initialFormState, type FormState } from "@/lib/form-state";

type Standard = { core: Record<string, number>; technical: { code: string; name: string; level: number }[] };
type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; standard: Standard; readOnly?: boolean };

const toNumber = (text: string) => parseDecimal(text) ?? Number.NaN;
const levelError = (text: string) => (text.trim() === "" || !isValidCompetencyLevel(toNumber(text)) ? COMPETENCY_LEVEL_MESSAGE : null);

function LevelInput({ id, label, value, onChange, disabled }: { id: string; label: string; value: string; onChange: (v: string) => void; disabled?: boolean }) {
  const error = levelError(value);
  return (
    <>
      <label htmlFor={id} className="sr-only">{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`w-24 rounded-md border px-2 py-1.5 text-sm ${error ? "border-red-600" : "border-slate-300"}`}
      />
      {error ? <p id={`${id}-error`} className="mt-1 text-xs text-red-700">{error}</p> : null}
    </>
  );
}

/** Editor of a post's competency standard (PermenPANRB 38/2017): 9 core levels + technical ones. */
export function StandardEditor({ action, standard, readOnly = false }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const coreOf = (s: Standard) => Object.fromEntries(CORE_COMPETENCIES.map((c) => [c, formatDecimalInput(s.core[c] ?? 4)]));
  const technicalOf = (s: Standard) => s.technical.map((t) => ({ key: t.code, code: t.code as string | undefined, name: t.name, level: formatDecimalInput(t.level) }));
  const [core, setCore] = useState(() => coreOf(standard));
  // A stored competency keeps its code through renames and reorders (assessment results refer to
  // it); a new row has none until the server gives it one. `key` only identifies rows on screen.
  const [technical, setTechnical] = useState(() => technicalOf(standard));
  const [added, setAdded] = useState(0);
  // After a save the page sends the stored standard again, now with the codes of added rows: take
  // it over, so that saving once more keeps those rows instead of adding them a second time.
  const storedKey = JSON.stringify(standard);
  const [shownKey, setShownKey] = useState(storedKey);
  if (shownKey !== storedKey) {
    setShownKey(storedKey);
    setCore(coreOf(standard));
    setTechnical(technicalOf(standard));
  }
  const payload = JSON.stringify({
    core: Object.fromEntries(Object.entries(core).map(([code, text]) => [code, toNumber(text)])),
    technical: technical.map((t) => ({ ...(t.code ? { code: t.code } : {}), name: t.name, level: toNumber(t.level) })),
  });
  const invalid = Object.values(core).some(levelError) || technical.some((t) => levelError(t.level) || !t.name.trim());

  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      {state.fieldErrors?.standard ? <p className="text-sm text-red-700">{state.fieldErrors.standard.join(" ")}</p> : null}
      <input type="hidden" name="standard" value={payload} />
      <Table caption="Standar kompetensi jabatan">
        <thead>
          <tr>
            <Th>Kompetensi</Th>
            <Th>Level standar (1–5)</Th>
            <Th><span className="sr-only">Aksi</span></Th>
          </tr>
        </thead>
        <tbody>
          {CORE_COMPETENCIES.map((code) => (
            <Tr key={code}>
              <Td>{COMPETENCY_LABELS[code]}</Td>
              <Td>
                <LevelInput id={`level-${code}`} label={`Level ${COMPETENCY_LABELS[code]}`} value={core[code] ?? ""} disabled={readOnly} onChange={(v) => setCore({ ...core, [code]: v })} />
              </Td>
              <Td />
            </Tr>
          ))}
          {technical.map((t, index) => (
            <Tr key={t.key}>
              <Td>
                <label htmlFor={`technical-name-${index}`} className="sr-only">Nama kompetensi teknis {index + 1}</label>
                <input
                  id={`technical-name-${index}`}
                  value={t.name}
                  disabled={readOnly}
                  placeholder="Nama kompetensi teknis"
                  onChange={(e) => setTechnical(technical.map((x, i) => (i === index ? { ...x, name: e.target.value } : x)))}
                  className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
                />
              </Td>
              <Td>
                <LevelInput
                  id={`technical-level-${index}`}
                  label={`Level kompetensi teknis ${index + 1}`}
                  value={t.level}
                  disabled={readOnly}
                  onChange={(v) => setTechnical(technical.map((x, i) => (i === index ? { ...x, level: v } : x)))}
                />
              </Td>
              <Td>
                {readOnly ? null : (
                  <Button variant="ghost" size="sm" onClick={() => setTechnical(technical.filter((_, i) => i !== index))}>Hapus</Button>
                )}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      {readOnly ? null : (
        <div className="flex gap-2">
          <Button
            variant="secondary"
            onClick={() => {
              setTechnical([...technical, { key: `baru-${added}`, code: undefined, name: "", level: "3" }]);
              setAdded(added + 1);
            }}
          >
            Tambah kompetensi teknis
          </Button>
          <SubmitButton disabled={invalid}>Simpan standar</SubmitButton>
        </div>
      )}
    </form>
  );
}
