"use client";

import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm action={signInAction} className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="email" type="email" label="Email" autoComplete="username" required />
      <TextField name="password" type="password" label="Kata sandi" autoComplete="current-password" required />
      <SubmitButton className="w-full" pendingLabel="Memeriksa…">
        Masuk
      </SubmitButton>
    </ActionForm>
  );
}
