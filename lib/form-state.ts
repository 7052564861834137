/** What every form's server action returns to `useActionState` (shared by server and client). */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The submitted values, echoed so the form keeps them after an error (never passwords). */
  values?: Record<string, string>;
  /** Every value of a name submitted more than once (a group of checkboxes), echoed likewise. */
  lists?: Record<string, string[]>;
};

export const initialFormState: FormState = { status: "idle" };

/** Every value the last submission sent under `name` (none for an unchecked checkbox). */
export function submittedValues(state: FormState, name: string): string[] {
  const single = state.values?.[name];
  return state.lists?.[name] ?? (single === undefined ? [] : [single]);
}
