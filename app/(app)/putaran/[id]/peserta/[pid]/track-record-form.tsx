"use client";

import { useActionState, useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SANCTION_LEVELS, trackRecordScore, type SanctionLevel } from "@/lib/domain/scoring/track-record";
import { initialFormState, type FormState } from "@/lib/form-state";
import { SANCTION_LABELS } from "@/lib/schemas/official";

type TrackRecord = { sanctionLevel: SanctionLevel; superiorScore: number | null; peerScore: number | null; subordinateScore: number | null; note: string };
type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; trackRecord: TrackRecord | null; editable: boolean };

const parse = (text: string) => (text.trim() === "" ? null : Number(text.replace(",", ".")));

export function TrackRecordForm({ action, trackRecord, editable }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [inputs, setInputs] = useState({
    sanctionLevel: trackRecord?.sanctionLevel ?? ("NONE" as SanctionLevel),
    superiorScore: trackRecord?.superiorScore?.toString() ?? "",
    peerScore: trackRecord?.peerScore?.toString() ?? "",
    subordinateScore: trackRecord?.subordinateScore?.toString() ?? "",
  });
  let score: number | null = null;
  try {
    score = trackRecordScore({ superior: parse(inputs.superiorScore), peers: parse(inputs.peerScore), subordinates: parse(inputs.subordinateScore) }, inputs.sanctionLevel);
  } catch {
    score = null; // incomplete or out of range: the fields say why on submit
  }
  const field = (name: "superiorScore" | "peerScore" | "subordinateScore", label: string) => (
    <TextField name={name} label={label} inputMode="decimal" value={inputs[name]} onChange={(e) => setInputs({ ...inputs, [name]: e.target.value })} errors={state.fieldErrors?.[name]} disabled={!editable} />
  );
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
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
    </form>
  );
}
