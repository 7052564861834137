"use client";

import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormEcho } from "@/components/ui/form-context";
import { SubmitButton } from "@/components/ui/submit-button";
import { WEIGHT_PRESETS, type Rubric, type Weights } from "@/lib/domain/round-config";
import { COMPOSITE_COMPONENT_LABELS, COMPOSITE_COMPONENTS, weightsSumTo100 } from "@/lib/domain/scoring/composite";
import { JPM_SCHEME_LABELS } from "@/lib/domain/scoring/jpm";
import { formatDecimalInput, parseDecimal } from "@/lib/format";
import type { FormState } from "@/lib/form-state";
import { RubricEditor } from "./rubric-editor";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  config: { weights: Weights; rubric: Rubric; frozen: boolean; version: number };
  settings: { jpmScheme: string; aggregationMethod: string; dispersionThreshold: number };
  editable: boolean;
};

const toNumber = (text: string) => parseDecimal(text) ?? Number.NaN;

export function ConfigForm({ action, ...props }: Props) {
  return (
    <ActionForm action={action} className="space-y-6">
      {(state) => <ConfigFields {...props} errors={state.fieldErrors ?? {}} />}
    </ActionForm>
  );
}

/** The rubric as submitted last (after an error), else as saved. */
function echoedRubric(text: string | undefined, saved: Rubric): Rubric {
  if (!text) return saved;
  try {
    return JSON.parse(text) as Rubric;
  } catch {
    return saved;
  }
}

function ConfigFields({ config, settings, editable, errors }: Omit<Props, "action"> & { errors: NonNullable<FormState["fieldErrors"]> }) {
  const echo = useFormEcho();
  const [weights, setWeights] = useState<Record<string, string>>(() =>
    Object.fromEntries(COMPOSITE_COMPONENTS.map((c) => [c, echo.value(`weight_${c}`, formatDecimalInput(config.weights[c] ?? 0))])),
  );
  const [rubric, setRubric] = useState<Rubric>(() => echoedRubric(echo.echoed ? echo.value("rubric", "") : undefined, config.rubric));
  // The server's message on the sum speaks of the weights as submitted; once they change, the
  // live sum takes over. Either way the sum is told once.
  const [weightsEdited, setWeightsEdited] = useState(false);
  const changeWeights = (next: Record<string, string>) => {
    setWeights(next);
    setWeightsEdited(true);
  };
  const numeric = Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, toNumber(v)]));
  const sum = Object.values(numeric).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  const sumOk = weightsSumTo100(numeric);
  const serverSumError = errors.weights && !weightsEdited ? errors.weights.join(" ") : null;

  return (
    <>
      <section className="space-y-3">
        <h2 className="text-base font-semibold text-slate-900">Bobot komponen nilai akhir</h2>
        {editable ? (
          <div className="flex flex-wrap gap-2" aria-label="Preset bobot">
            {WEIGHT_PRESETS.map((preset) => (
              <Button key={preset.key} variant="secondary" size="sm" title={preset.source} onClick={() => changeWeights(Object.fromEntries(Object.entries(preset.weights).map(([k, v]) => [k, formatDecimalInput(v)])))}>
                {preset.label}
              </Button>
            ))}
          </div>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-3">
          {COMPOSITE_COMPONENTS.map((component) => (
            <TextField
              key={component}
              name={`weight_${component}`}
              label={`Bobot ${COMPOSITE_COMPONENT_LABELS[component]}`}
              inputMode="decimal"
              value={weights[component] ?? ""}
              onChange={(e) => changeWeights({ ...weights, [component]: e.target.value })}
              disabled={!editable}
            />
          ))}
        </div>
        <p id="jumlah-bobot" role="status" className={`text-sm font-medium ${sumOk ? "text-emerald-800" : "text-red-700"}`}>
          {serverSumError ?? (sumOk ? "Jumlah bobot 100." : `Jumlah bobot ${sum.toLocaleString("id-ID")} — harus tepat 100.`)}
        </p>
      </section>

      <section className="grid gap-3 sm:grid-cols-3">
        <SelectField name="jpmScheme" label="Kategori JPM" defaultValue={settings.jpmScheme} disabled={!editable} options={Object.entries(JPM_SCHEME_LABELS).map(([value, label]) => ({ value, label }))} />
        <SelectField
          name="aggregationMethod"
          label="Agregasi nilai pansel"
          defaultValue={settings.aggregationMethod}
          disabled={!editable}
          options={[
            { value: "MEAN", label: "Rata-rata" },
            { value: "TRIMMED", label: "Rata-rata terpangkas (buang tertinggi & terendah, ≥ 5 nilai)" },
          ]}
        />
        <TextField name="dispersionThreshold" label="Ambang sebaran nilai (poin)" inputMode="decimal" defaultValue={formatDecimalInput(settings.dispersionThreshold)} disabled={!editable} />
      </section>

      <section className="space-y-4">
        <h2 className="text-base font-semibold text-slate-900">Rubrik penilaian</h2>
        <input type="hidden" name="rubric" value={JSON.stringify(rubric)} />
        {errors.rubric ? <p className="text-sm text-red-700">{errors.rubric.join(" ")}</p> : null}
        <RubricEditor title="Makalah" idPrefix="makalah" criteria={rubric.PAPER} onChange={(PAPER) => setRubric({ ...rubric, PAPER })} disabled={!editable} />
        <RubricEditor title="Wawancara" idPrefix="wawancara" criteria={rubric.INTERVIEW} onChange={(INTERVIEW) => setRubric({ ...rubric, INTERVIEW })} disabled={!editable} />
      </section>

      {editable && config.frozen ? (
        <TextAreaField
          name="reason"
          label="Alasan perubahan"
          required
          hint={`Penilaian sudah dimulai: perubahan tersimpan sebagai versi ${config.version + 1} dan tercatat dalam jejak audit.`}
        />
      ) : null}
      {editable ? <SubmitButton>Simpan bobot dan rubrik</SubmitButton> : null}
    </>
  );
}
