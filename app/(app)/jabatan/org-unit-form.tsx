"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  orgUnit?: { name: string; shortName: string };
};

export function OrgUnitForm({ action, orgUnit }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="name" label="Nama OPD" required defaultValue={state.values?.name ?? orgUnit?.name} errors={state.fieldErrors?.name} />
      <TextField name="shortName" label="Singkatan" defaultValue={state.values?.shortName ?? orgUnit?.shortName} errors={state.fieldErrors?.shortName} />
      <SubmitButton>Simpan</SubmitButton>
    </form>
  );
}
