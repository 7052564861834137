/** What every form's server action returns to `useActionState` (shared by server and client). */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The submitted values, echoed so the form keeps them after an error (never passwords). */
  values?: Record<string, string>;
};

export const initialFormState: FormState = { status: "idle" };
