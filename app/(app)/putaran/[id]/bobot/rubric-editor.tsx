"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { RubricCriterion } from "@/lib/domain/round-config";
import { formatDecimalInput, parseDecimal } from "@/lib/format";

type Props = { title: string; criteria: RubricCriterion[]; onChange: (criteria: RubricCriterion[]) => void; disabled: boolean; idPrefix: string };

/** Said beside the field as it is typed; the same rule and words as the server's (lib/schemas/round.ts). */
function weightError(weight: number | null): string | null {
  if (weight === null || !Number.isFinite(weight)) return "Bobot kriteria harus angka, mis. 2,5.";
  if (weight <= 0) return "Bobot kriteria harus lebih dari 0.";
  if (weight > 100) return "Bobot kriteria paling besar 100.";
  return null;
}

const input = "w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

/** Criteria of one sheet with their behavioural anchors (values 1-5). */
export function RubricEditor({ title, criteria, onChange, disabled, idPrefix }: Props) {
  const update = (index: number, patch: Partial<RubricCriterion>) => onChange(criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  // The weight as typed ("2," on the way to "2,5"); shown while it still reads as the stored weight,
  // which an unreadable text keeps as NaN (sent as null, refused by the server with its message).
  const [typed, setTyped] = useState<(string | undefined)[]>([]);
  const shownWeight = (index: number, weight: number | null) => {
    const text = typed[index];
    return text !== undefined && Object.is(parseDecimal(text) ?? Number.NaN, weight ?? Number.NaN) ? text : formatDecimalInput(weight);
  };
  const typeWeight = (index: number, text: string) => {
    setTyped(Object.assign([...typed], { [index]: text }));
    update(index, { weight: parseDecimal(text) ?? Number.NaN });
  };
  const remove = (index: number) => {
    setTyped(typed.filter((_, i) => i !== index));
    onChange(criteria.filter((_, i) => i !== index));
  };
  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="text-sm font-semibold text-slate-900">{title}</legend>
      {criteria.map((criterion, index) => {
        const id = `${idPrefix}-${index}`;
        const error = weightError(criterion.weight);
        return (
          <div key={index} className="space-y-2 rounded-md border border-slate-200 p-3">
            <div className="grid gap-2 sm:grid-cols-[1fr_8rem_auto]">
              <div>
                <label htmlFor={`${id}-label`} className="text-xs font-medium text-slate-700">Kriteria</label>
                <input
                  id={`${id}-label`}
                  className={input}
                  value={criterion.label}
                  onChange={(e) => update(index, { label: e.target.value, code: codeFor(e.target.value, index) })}
                />
              </div>
              <div>
                <label htmlFor={`${id}-weight`} className="text-xs font-medium text-slate-700">Bobot kriteria</label>
                <input
                  id={`${id}-weight`}
                  inputMode="decimal"
                  className={`${input} ${error ? "border-red-600" : ""}`}
                  value={shownWeight(index, criterion.weight)}
                  onChange={(e) => typeWeight(index, e.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-weight-error` : undefined}
                />
                {error ? <p id={`${id}-weight-error`} className="mt-1 text-xs text-red-700">{error}</p> : null}
              </div>
              <div className="flex items-start sm:pt-4">
                <Button variant="ghost" size="sm" onClick={() => remove(index)}>Hapus</Button>
              </div>
            </div>
            <label htmlFor={`${id}-description`} className="text-xs font-medium text-slate-700">Uraian</label>
            <input id={`${id}-description`} className={input} value={criterion.description} onChange={(e) => update(index, { description: e.target.value })} />
            <div className="grid gap-2 md:grid-cols-5">
              {criterion.anchors.map((anchor, level) => (
                <div key={level}>
                  <label htmlFor={`${id}-anchor-${level}`} className="text-xs font-medium text-slate-700">Nilai {level + 1}</label>
                  {/* Grows with the descriptor so none is cut off; rows is the fallback where
                      field-sizing is not supported. */}
                  <textarea
                    id={`${id}-anchor-${level}`}
                    rows={rowsFor(anchor)}
                    className={`${input} min-h-20 field-sizing-content`}
                    value={anchor}
                    onChange={(e) => update(index, { anchors: criterion.anchors.map((a, i) => (i === level ? e.target.value : a)) as RubricCriterion["anchors"] })}
                  />
                </div>
              ))}
            </div>
          </div>
        );
      })}
      <Button variant="secondary" size="sm" onClick={() => onChange([...criteria, { code: codeFor("", criteria.length), label: "", description: "", weight: 10, anchors: ["", "", "", "", ""] }])}>
        Tambah kriteria
      </Button>
    </fieldset>
  );
}

/** Enough rows for a descriptor in a fifth of the editor's width (about 18 characters a line). */
function rowsFor(text: string) {
  return Math.max(3, Math.ceil(text.length / 18) + 1);
}

function codeFor(label: string, index: number) {
  const slug = label.toUpperCase().normalize("NFD").replace(/[^A-Z0-9]+/g, "_").replace(/^_|_$/g, "").slice(0, 30);
  return slug.length >= 2 ? `${slug}_${index + 1}` : `KRITERIA_${index + 1}`;
}
