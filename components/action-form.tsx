"use client";

import { Fragment, useActionState, useEffect, useRef, type ReactNode } from "react";
import { FormStateContext, useFieldGeneration } from "@/components/ui/form-context";
import { FormMessage } from "@/components/ui/form-message";
import { useToast } from "@/components/ui/toast";
import { initialFormState, type FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Fields inside read their errors and echoed values from the form's state (FormStateContext);
   * a render function is for client components that need the state itself. */
  children: ReactNode | ((state: FormState) => ReactNode);
  className?: string;
  /** Show the result as a toast instead of a message above the fields (for one-button forms). */
  toast?: boolean;
  /** Changes when the saved data the fields show changes for another reason than this form. */
  syncKey?: string;
  "aria-label"?: string;
};

/** A form bound to a server action, showing its result: the one form pattern every screen uses.
 * Its fields are mounted again after every result (see useFieldGeneration), so they show exactly
 * what was submitted after an error and what was saved after a success. */
export function ActionForm({ action, children, className, toast = false, syncKey, ...rest }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const { generation, fields } = useFieldGeneration(state, syncKey);
  const form = useRef<HTMLFormElement>(null);
  const { notify } = useToast();
  const shown = useRef<FormState | null>(null);
  useEffect(() => {
    if (!toast || state === shown.current || state.status === "idle" || !state.message) return;
    shown.current = state;
    notify(state.message, state.status === "success" ? "success" : "error");
  }, [state, toast, notify]);
  // The remount drops the focus; after an error it goes to the first field that needs correcting.
  useEffect(() => {
    if (generation === 0 || fields.status !== "error") return;
    const active = document.activeElement;
    if (active && active !== document.body && !form.current?.contains(active)) return;
    form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [generation, fields.status]);
  return (
    <form ref={form} action={formAction} className={className} noValidate aria-label={rest["aria-label"]}>
      <FormStateContext.Provider value={fields}>
        {toast ? null : <FormMessage state={state} />}
        <Fragment key={generation}>{typeof children === "function" ? children(fields) : children}</Fragment>
      </FormStateContext.Provider>
    </form>
  );
}
