"use client";

import { ActionForm } from "@/components/action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";
import { createsCycle } from "@/lib/domain/post-hierarchy";
import { POSITION_GRADE_LABELS } from "@/lib/labels";
import type { PositionDetail } from "@/lib/server/positions";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  position?: PositionDetail;
  orgUnits: { id: string; name: string }[];
  officials: { id: string; name: string; nip: string }[];
  /** The agency's posts, for the direct superior. */
  posts: { id: string; title: string; orgUnit: string; superiorId: string | null }[];
};

export function PositionForm({ action, position, orgUnits, officials, posts }: Props) {
  // Neither the post itself nor one of its subordinates can be its superior (the service checks too).
  const superiorOf = new Map(posts.map((p) => [p.id, p.superiorId]));
  const superiorOptions = posts
    .filter((p) => !position || !createsCycle(position.id, p.id, superiorOf))
    .map((p) => ({ value: p.id, label: `${p.title} (${p.orgUnit})` }));
  return (
    <ActionForm action={action} className="max-w-3xl space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="title" label="Nama jabatan" required defaultValue={position?.title} />
        <SelectField
          name="orgUnitId"
          label="OPD"
          required
          defaultValue={position?.orgUnitId}
          placeholder="— pilih OPD —"
          options={orgUnits.map((u) => ({ value: u.id, label: u.name }))}
        />
        <SelectField
          name="grade"
          label="Jenjang"
          required
          defaultValue={position?.grade ?? "JPT_PRATAMA"}
          options={Object.entries(POSITION_GRADE_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <TextField
          name="requiredEducationFields"
          label="Bidang pendidikan yang disyaratkan"
          defaultValue={position?.requiredEducationFields.join(", ")}
          hint="Pisahkan dengan koma, misalnya: Hukum, Ilmu Pemerintahan"
        />
        <TextField
          name="extraApprover"
          label="Persetujuan tambahan"
          defaultValue={position?.extraApprover ?? ""}
          hint="Misalnya Ditjen Dukcapil Kemendagri untuk Kepala Dinas Dukcapil"
        />
        <SelectField
          name="actingOfficialId"
          label="Pelaksana tugas (Plt.)"
          defaultValue={position?.actingOfficialId ?? ""}
          placeholder="— tidak ada —"
          options={officials.map((o) => ({ value: o.id, label: `${o.name} (${o.nip})` }))}
        />
        <SelectField
          name="superiorId"
          label="Atasan langsung"
          defaultValue={position?.superiorId ?? ""}
          placeholder="— tidak ada (langsung kepala daerah/Sekda) —"
          options={superiorOptions}
          hint="Dipakai untuk menyarankan konflik kepentingan atasan–bawahan kepada pansel."
        />
      </div>
      <SubmitButton>Simpan</SubmitButton>
    </ActionForm>
  );
}
