"use client";

import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { useFormEcho } from "@/components/ui/form-context";
import { SubmitButton } from "@/components/ui/submit-button";
import { EDUCATION_LEVELS } from "@/lib/domain/eligibility";
import { parseNip } from "@/lib/domain/nip";
import type { FormState } from "@/lib/form-state";
import { SANCTION_LEVELS } from "@/lib/domain/scoring/track-record";
import { NIP_INVALID_MESSAGE, SANCTION_LABELS, SEX_LABELS } from "@/lib/schemas/official";
import type { OfficialDetail } from "@/lib/server/officials";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  official?: OfficialDetail;
  posts: { id: string; title: string; incumbentId: string | null; incumbentName: string | null }[];
};

const STATUS_OPTIONS = [
  { value: "ACTIVE", label: "Aktif" },
  { value: "INACTIVE", label: "Nonaktif" },
  { value: "RETIRED", label: "Pensiun" },
];

export function OfficialForm({ action, official, posts }: Props) {
  return (
    <ActionForm action={action} className="max-w-3xl space-y-4">
      {(state) => <OfficialFields errors={state.fieldErrors ?? {}} official={official} posts={posts} />}
    </ActionForm>
  );
}

function OfficialFields({ errors, official, posts }: Omit<Props, "action"> & { errors: NonNullable<FormState["fieldErrors"]> }) {
  const echo = useFormEcho();
  const value = (name: keyof OfficialDetail) => echo.value(name, (official?.[name] as string | null | undefined) ?? "");
  // The NIP encodes birth date and sex (Perka BKN 22/2007): a valid NIP fills them, also when the
  // form comes back from an error with them empty.
  const fromNip = parseNip(value("nip"));
  const [birthDate, setBirthDate] = useState(() => value("birthDate") || (fromNip?.birthDate ?? ""));
  const [sex, setSex] = useState(() => value("sex") || (fromNip?.sex ?? ""));
  const [nipHint, setNipHint] = useState<string | undefined>();

  const onNipChange = (nip: string) => {
    const digits = nip.replace(/\s/g, "");
    if (digits.length < 18) return setNipHint(undefined);
    const parsed = parseNip(nip);
    if (!parsed) return setNipHint(NIP_INVALID_MESSAGE);
    setBirthDate(parsed.birthDate);
    setSex(parsed.sex);
    setNipHint(undefined);
  };

  const postOptions = posts.map((p) => ({
    value: p.id,
    label: p.incumbentId && p.incumbentId !== official?.id ? `${p.title} — dijabat ${p.incumbentName}` : p.title,
  }));

  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="nip"
          label="NIP"
          inputMode="numeric"
          required
          defaultValue={value("nip")}
          onChange={(e) => onNipChange(e.target.value)}
          // The live check of a complete NIP speaks of what is typed now, so it goes before the
          // server's message about the last submission (which the field drops on change).
          errors={nipHint ? [nipHint] : errors.nip}
          hint="18 digit; tanggal lahir dan jenis kelamin terisi otomatis dari NIP."
        />
        <TextField name="name" label="Nama lengkap dengan gelar" required defaultValue={value("name")} errors={errors.name} />
        <TextField
          name="birthDate"
          label="Tanggal lahir"
          type="date"
          required
          value={birthDate}
          onChange={(e) => setBirthDate(e.target.value)}
          errors={errors.birthDate}
        />
        <SelectField
          name="sex"
          label="Jenis kelamin"
          required
          value={sex}
          onChange={(e) => setSex(e.target.value)}
          placeholder="— pilih —"
          options={Object.entries(SEX_LABELS).map(([v, label]) => ({ value: v, label }))}
          errors={errors.sex}
        />
        <TextField name="rank" label="Pangkat/golongan" required defaultValue={value("rank")} errors={errors.rank} placeholder="Pembina Utama Muda (IV/c)" />
        <SelectField
          name="educationLevel"
          label="Jenjang pendidikan"
          required
          defaultValue={value("educationLevel")}
          placeholder="— pilih —"
          options={EDUCATION_LEVELS.map((level) => ({ value: level, label: level }))}
          errors={errors.educationLevel}
        />
        <TextField name="educationField" label="Bidang pendidikan" required defaultValue={value("educationField")} errors={errors.educationField} />
        <SelectField
          name="positionId"
          label="Jabatan JPT definitif"
          defaultValue={value("positionId")}
          placeholder="— tidak menjabat JPT —"
          options={postOptions}
          errors={errors.positionId}
        />
        <TextField name="inauguratedOn" label="Tanggal pelantikan pada jabatan ini" type="date" defaultValue={value("inauguratedOn")} errors={errors.inauguratedOn} />
        <TextField name="jobTitle" label="Jabatan saat ini (jika bukan JPT)" defaultValue={value("jobTitle")} errors={errors.jobTitle} />
        <TextField name="administratorSince" label="TMT jabatan administrator/ahli madya" type="date" defaultValue={value("administratorSince")} errors={errors.administratorSince} />
        <TextField name="relevantExperienceSince" label="Awal pengalaman di bidang relevan" type="date" defaultValue={value("relevantExperienceSince")} errors={errors.relevantExperienceSince} />
        <SelectField
          name="sanctionLevel"
          label="Hukuman disiplin"
          defaultValue={value("sanctionLevel") || "NONE"}
          options={SANCTION_LEVELS.map((level) => ({ value: level, label: SANCTION_LABELS[level] }))}
          errors={errors.sanctionLevel}
        />
        <SelectField name="status" label="Status" defaultValue={value("status") || "ACTIVE"} options={STATUS_OPTIONS} errors={errors.status} />
      </div>
      <SubmitButton>Simpan</SubmitButton>
    </>
  );
}
