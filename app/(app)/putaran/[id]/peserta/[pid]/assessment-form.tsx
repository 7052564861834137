"use client";

import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/ui/field";
import { useFormEcho } from "@/components/ui/form-context";
import { SubmitButton } from "@/components/ui/submit-button";
import { isValidCompetencyLevel } from "@/lib/domain/competency";
import { JPM_CATEGORY_LABELS, jobPersonMatch, jpmCategory, type JpmScheme } from "@/lib/domain/scoring/jpm";
import { roundHalfUp } from "@/lib/domain/scoring/round";
import { formatDecimalInput, parseDecimal } from "@/lib/format";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  standard: { code: string; name: string; level: number }[];
  levels: Record<string, number>;
  assessor: string;
  assessedOn: string | null;
  scheme: JpmScheme;
  editable: boolean;
};

/** Assessment-centre levels with the job-person match and its category computed as they are typed,
 * by the same rules (lib/domain/scoring/jpm.ts) the results use. */
export function AssessmentForm({ action, ...props }: Props) {
  return (
    <ActionForm action={action} className="space-y-4">
      <AssessmentFields {...props} />
    </ActionForm>
  );
}

function AssessmentFields({ standard, levels, assessor, assessedOn, scheme, editable }: Omit<Props, "action">) {
  const echo = useFormEcho();
  const [values, setValues] = useState(() =>
    Object.fromEntries(standard.map((s) => [s.code, echo.value(`level_${s.code}`, formatDecimalInput(levels[s.code]))])),
  );
  const achieved = Object.fromEntries(Object.entries(values).map(([code, text]) => [code, parseDecimal(text) ?? Number.NaN]));
  const complete = standard.every((s) => values[s.code]?.trim() && isValidCompetencyLevel(achieved[s.code]!));
  const jpm = complete ? jobPersonMatch(achieved, Object.fromEntries(standard.map((s) => [s.code, s.level]))) : null;
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-3">
        {standard.map((s) => (
          <TextField
            key={s.code}
            name={`level_${s.code}`}
            label={`${s.name} (standar ${s.level.toLocaleString("id-ID")})`}
            inputMode="decimal"
            value={values[s.code] ?? ""}
            onChange={(e) => setValues({ ...values, [s.code]: e.target.value })}
            disabled={!editable}
          />
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="assessor" label="Asesor / lembaga" defaultValue={assessor} disabled={!editable} />
        <TextField name="assessedOn" label="Tanggal asesmen" type="date" defaultValue={assessedOn ?? ""} disabled={!editable} />
      </div>
      <p role="status" data-testid="jpm-langsung" className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800">
        {jpm === null
          ? "JPM dihitung setelah semua level terisi."
          : `JPM ${roundHalfUp(jpm, 2).toLocaleString("id-ID", { minimumFractionDigits: 2 })} % — ${JPM_CATEGORY_LABELS[jpmCategory(jpm, scheme)]}`}
      </p>
      {editable ? <SubmitButton>Simpan hasil asesmen</SubmitButton> : null}
    </>
  );
}
