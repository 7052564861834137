import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";

/** A one-button form that removes a row; the result shows as a toast. */
export function RemoveButton({ action, field, id, label }: { action: (s: FormState, f: FormData) => Promise<FormState>; field: string; id: string; label: string }) {
  return (
    <ActionForm action={action} toast>
      <input type="hidden" name={field} value={id} />
      <SubmitButton size="sm" variant="ghost" aria-label={label}>Hapus</SubmitButton>
    </ActionForm>
  );
}
