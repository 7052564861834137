"use client";

import { Button } from "@/components/ui/button";
import type { RubricCriterion } from "@/lib/domain/round-config";

type Props = { title: string; criteria: RubricCriterion[]; onChange: (criteria: RubricCriterion[]) => void; disabled: boolean; idPrefix: string };

const input = "w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

/** Criteria of one sheet with their behavioural anchors (values 1-5). */
export function RubricEditor({ title, criteria, onChange, disabled, idPrefix }: Props) {
  const update = (index: number, patch: Partial<RubricCriterion>) => onChange(criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="text-sm font-semibold text-slate-900">{title}</legend>
      {criteria.map((criterion, index) => {
        const id = `${idPrefix}-${index}`;
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
                <input id={`${id}-weight`} inputMode="decimal" className={input} value={criterion.weight} onChange={(e) => update(index, { weight: Number(e.target.value.replace(",", ".")) || 0 })} />
              </div>
              <div className="flex items-end">
                <Button variant="ghost" size="sm" onClick={() => onChange(criteria.filter((_, i) => i !== index))}>Hapus</Button>
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
