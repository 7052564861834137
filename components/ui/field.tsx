"use client";

import { useState, type ChangeEvent, type ComponentProps, type ReactNode } from "react";
import { useFieldState } from "@/components/ui/form-context";

const control =
  "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:outline-2 focus:outline-offset-0 focus:outline-sky-600 disabled:bg-slate-100";

type FieldShellProps = {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

/** Label, control, hint and the field's own error message, wired with aria-describedby. */
function FieldShell({ id, label, errors, hint, required, children }: FieldShellProps) {
  const invalid = Boolean(errors?.length);
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? <span className="text-red-700" aria-hidden> *</span> : null}
      </label>
      {children(describedBy, invalid)}
      {hint ? <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p> : null}
      {invalid ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type Common = { name: string; label: string; errors?: string[]; hint?: string; id?: string };

type Control<E> = {
  name: string;
  id: string;
  required?: boolean;
  className: string;
  value?: unknown;
  defaultValue?: unknown;
  onChange?: (event: ChangeEvent<E>) => void;
};

/**
 * What every control shares: the enclosing ActionForm's error and echoed value for this name
 * (unless given explicitly), and the attributes that tie the control to its label, hint and error.
 * An error from the last submission is dismissed as soon as the user changes the field: it speaks
 * of the value they are correcting, and the next submission checks again. Errors are compared by
 * identity, so a message the form derives anew on each render (a live check) keeps showing.
 */
function useControl<E>(props: Control<E>, errors: string[] | undefined, extraClass = "") {
  const context = useFieldState(props.name);
  const given = errors ?? context.errors;
  const [dismissed, setDismissed] = useState<string[] | undefined>();
  const shown = given !== undefined && given === dismissed ? undefined : given;
  const defaultValue = props.value !== undefined ? undefined : (context.value ?? props.defaultValue);
  const attributes = (describedBy: string | undefined, invalid: boolean) => ({
    id: props.id,
    name: props.name,
    required: props.required,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
    className: `${control} ${extraClass} ${invalid ? "border-red-600" : "border-slate-300"} ${props.className}`,
    onChange: (event: ChangeEvent<E>) => {
      setDismissed(given);
      props.onChange?.(event);
    },
    ...(defaultValue !== undefined ? { defaultValue: defaultValue as string } : {}),
  });
  return { errors: shown, attributes };
}

export function TextField({ name, label, errors, hint, id = name, required, className = "", defaultValue, onChange, ...props }: Common & ComponentProps<"input">) {
  const field = useControl({ name, id, required, className, value: props.value, defaultValue, onChange }, errors);
  return (
    <FieldShell id={id} label={label} errors={field.errors} hint={hint} required={required}>
      {(describedBy, invalid) => <input {...props} {...field.attributes(describedBy, invalid)} />}
    </FieldShell>
  );
}

export function SelectField({
  name, label, errors, hint, id = name, required, options, placeholder, className = "", defaultValue, onChange, ...props
}: Common & ComponentProps<"select"> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const field = useControl({ name, id, required, className, value: props.value, defaultValue, onChange }, errors);
  return (
    <FieldShell id={id} label={label} errors={field.errors} hint={hint} required={required}>
      {(describedBy, invalid) => (
        <select {...props} {...field.attributes(describedBy, invalid)}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function TextAreaField({ name, label, errors, hint, id = name, required, className = "", defaultValue, onChange, ...props }: Common & ComponentProps<"textarea">) {
  const field = useControl({ name, id, required, className, value: props.value, defaultValue, onChange }, errors, "min-h-24");
  return (
    <FieldShell id={id} label={label} errors={field.errors} hint={hint} required={required}>
      {(describedBy, invalid) => <textarea {...props} {...field.attributes(describedBy, invalid)} />}
    </FieldShell>
  );
}
