"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { FormStateContext } from "@/components/ui/form-context";
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
  "aria-label"?: string;
};

/** A form bound to a server action, showing its result: the one form pattern every screen uses. */
export function ActionForm({ action, children, className, toast = false, ...rest }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const { notify } = useToast();
  const shown = useRef<FormState | null>(null);
  useEffect(() => {
    if (!toast || state === shown.current || state.status === "idle" || !state.message) return;
    shown.current = state;
    notify(state.message, state.status === "success" ? "success" : "error");
  }, [state, toast, notify]);
  return (
    <form action={formAction} className={className} noValidate aria-label={rest["aria-label"]}>
      <FormStateContext.Provider value={state}>
        {toast ? null : <FormMessage state={state} />}
        {typeof children === "function" ? children(state) : children}
      </FormStateContext.Provider>
    </form>
  );
}
