"use client";

import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormEcho } from "@/components/ui/form-context";
import { SubmitButton } from "@/components/ui/submit-button";
import { SANCTION_LEVELS, trackRecordScore, type SanctionLevel } from "@/lib/domain/scoring/track-record";
import { formatDecimalInput, parseDecimal } from "@/lib/format";
import type { FormState } from "@/lib/form-state";
import { SANCTION_LABELS } from "@/lib/schemas/official";

type TrackRecord = { sanctionLevel: SanctionLevel; superiorScore: number | null; peerScore: number | null; subordinateScore: number | null; note: string };
type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; trackRecord: TrackRecord | null; editable: boolean };

const parse = (text: string) => parseDecimal(text) ?? null;

export function TrackRecordForm({ action, trackRecord, editable }: Props) {
  return (
    <ActionForm action={action} className="space-y-4">
      <TrackRecordFields trackRecord={trackRecord} editable={editable} />
    </ActionForm>
  );
}

function TrackRecordFields({ trackRecord, editable }: Omit<Props, "action">) {
  const echo = useFormEcho();
  const [inputs, setInputs] = useState(() => ({
    sanctionLevel: echo.value("sanctionLevel", trackRecord?.sanctionLevel ?? "NONE") as SanctionLevel,
    superiorScore: echo.value("superiorScore", formatDecimalInput(trackRecord?.superiorScore)),
    peerScore: echo.value("peerScore", formatDecimalInput(trackRecord?.peerScore)),
    subordinateScore: echo.value("subordinateScore", formatDecimalInput(trackRecord?.subordinateScore)),
  }));
  let score: number | null = null;
  try {
    score = trackRecordScore({ superior: parse(inputs.superiorScore), peers: parse(inputs.peerScore), subordinates: parse(inputs.subordinateScore) }, inputs.sanctionLevel);
  } catch {
    score = null; // incomplete or out of range: the fields say why on submit
  }
  const field = (name: "superiorScore" | "peerScore" | "subordinateScore", label: string) => (
    <TextField name={name} label={label} inputMode="decimal" value={inputs[name]} onChange={(e) => setInputs({ ...inputs, [name]: e.target.value })} disabled={!editable} />
  );
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="sanctionLevel"
          label="Hukuman disiplin"
          value={inputs.sanctionLevel}
          onChange={(e) => setInputs({ ...inputs, sanctionLevel: e.target.value as SanctionLevel })}
          options={SANCTION_LEVELS.map((level) => ({ value: level, label: SANCTION_LABELS[level] }))}
          disabled={!editable}
        />
        {field("superiorScore", "Nilai dari atasan (0–100)")}
        {field("peerScore", "Nilai dari rekan sejawat (0–100)")}
        {field("subordinateScore", "Nilai dari bawahan (0–100)")}
      </div>
      <TextAreaField name="note" label="Catatan" defaultValue={trackRecord?.note ?? ""} disabled={!editable} />
      <p role="status" className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800">
        {score === null ? "Nilai rekam jejak dihitung setelah paling sedikit satu nilai 360 derajat terisi." : `Nilai rekam jejak: ${score.toLocaleString("id-ID")}`}
      </p>
      {editable ? <SubmitButton>Simpan rekam jejak</SubmitButton> : null}
    </>
  );
}
