"use client";

import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  orgUnit?: { name: string; shortName: string };
};

export function OrgUnitForm({ action, orgUnit }: Props) {
  return (
    <ActionForm action={action} className="max-w-xl space-y-4">
      <TextField name="name" label="Nama OPD" required defaultValue={orgUnit?.name} />
      <TextField name="shortName" label="Singkatan" defaultValue={orgUnit?.shortName} />
      <SubmitButton>Simpan</SubmitButton>
    </ActionForm>
  );
}
