import type { FormState } from "@/lib/form-state";

/** The form-level result of an action, announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle" || !state.message) return null;
  const error = state.status === "error";
  return (
    <p
      role={error ? "alert" : "status"}
      data-testid="form-message"
      className={`col-span-full rounded-md px-3 py-2 text-sm ${error ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-800"}`}
    >
      {state.message}
    </p>
  );
}
