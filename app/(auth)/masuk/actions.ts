"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import type { FormState } from "@/lib/form-state";

const signInSchema = z.object({
  email: z.string().trim().min(1, "Email wajib diisi.").email("Format email tidak valid."),
  password: z.string().min(1, "Kata sandi wajib diisi."),
  // Only a path inside this app: never an open redirect to another site.
  callbackUrl: z
    .string()
    .regex(/^\/(?![/\\])/)
    .catch("/"),
});

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    return { status: "error", fieldErrors: z.flattenError(parsed.error).fieldErrors, values: { email } };
  }
  try {
    const { callbackUrl, ...credentials } = parsed.data;
    await signIn("credentials", { ...credentials, redirectTo: callbackUrl });
    return { status: "success" };
  } catch (error) {
    if (error instanceof AuthError) {
      return { status: "error", message: "Email atau kata sandi salah.", values: { email } };
    }
    throw error; // the redirect after a successful sign-in
  }
}
