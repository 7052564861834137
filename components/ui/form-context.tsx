"use client";

import { createContext, useContext } from "react";
import type { FormState } from "@/lib/form-state";

/** The result of the enclosing form's last submission, so every field can show its own error and
 * keep what the user typed without the page passing state around (pages are server components). */
export const FormStateContext = createContext<FormState | null>(null);

export function useFieldState(name: string): { errors?: string[]; value?: string } {
  const state = useContext(FormStateContext);
  return { errors: state?.fieldErrors?.[name], value: state?.values?.[name] };
}
