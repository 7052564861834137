"use client";

import { createContext, useContext, useLayoutEffect, useState } from "react";
import { submittedValues, type FormState } from "@/lib/form-state";

/** The result of the enclosing form's last submission, so every field can show its own error and
 * keep what the user typed without the page passing state around (pages are server components). */
export const FormStateContext = createContext<FormState | null>(null);

export function useFieldState(name: string): { errors?: string[]; value?: string } {
  const state = useContext(FormStateContext);
  return { errors: state?.fieldErrors?.[name], value: state?.values?.[name] };
}

/**
 * What a field starts from: after an error, what the user submitted (the echoed values); otherwise
 * the saved data the page passes in. Client components that keep a field in state (to show or hide
 * other fields, or compute a live total) initialise that state from here, so that it agrees with
 * what the field shows when the form mounts its fields again after each submission.
 */
export function useFormEcho() {
  const state = useContext(FormStateContext);
  const echoed = state?.values !== undefined;
  return {
    echoed,
    /** The submitted value of `name`, else `saved` (also for a disabled field, which is not sent). */
    value: (name: string, saved: string) => state?.values?.[name] ?? saved,
    /** Whether `value` was sent under `name` (a checked box or radio), else `saved`. */
    checked: (name: string, value: string, saved: boolean) => (echoed ? submittedValues(state!, name).includes(value) : saved),
  };
}

/**
 * React 19 resets a form when its action completes (form.reset() at the end of the commit that
 * delivers the result). Uncontrolled fields then fall back to the defaults they were first mounted
 * with, and controlled selects and radios show the reset value while their state keeps the old
 * one, so the screen and the next submission disagree. A layout effect runs after that reset and
 * before paint: bumping the generation there remounts the fields, afresh from the echoed values
 * after an error or from the saved data after a success.
 *
 * `syncKey` names the saved data the fields were mounted from (for a form whose data another form
 * on the page can change, e.g. "suggest" rewriting every move): when it changes the fields remount
 * from the new data, and the echo of an older error no longer applies.
 */
export function useFieldGeneration(state: FormState, syncKey = "") {
  const [seen, setSeen] = useState({ state, syncKey, echoKey: syncKey, generation: 0 });
  useLayoutEffect(() => {
    if (seen.state === state && seen.syncKey === syncKey) return;
    const echoKey = seen.state !== state ? syncKey : seen.echoKey;
    setSeen({ state, syncKey, echoKey, generation: seen.generation + 1 });
  }, [state, syncKey, seen]);
  const current = seen.state !== state || seen.echoKey === syncKey;
  const fields: FormState = current ? state : { status: "idle" };
  return { generation: seen.generation, fields };
}
