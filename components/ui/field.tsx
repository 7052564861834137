"use client";

import type { ComponentProps, ReactNode } from "react";
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

/** The enclosing ActionForm's errors and echoed value for this field, unless given explicitly. */
function useField(name: string, errors: string[] | undefined, props: { value?: unknown; defaultValue?: unknown }) {
  const context = useFieldState(name);
  const controlled = props.value !== undefined;
  return {
    errors: errors ?? context.errors,
    defaultValue: controlled ? undefined : (context.value ?? props.defaultValue),
  };
}

export function TextField({ name, label, errors, hint, id = name, required, className = "", ...props }: Common & ComponentProps<"input">) {
  const field = useField(name, errors, props);
  errors = field.errors;
  if (props.value === undefined && field.defaultValue !== undefined) props = { ...props, defaultValue: field.defaultValue as string };
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint} required={required}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name={name}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={`${control} ${invalid ? "border-red-600" : "border-slate-300"} ${className}`}
          {...props}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  name, label, errors, hint, id = name, required, options, placeholder, className = "", ...props
}: Common & ComponentProps<"select"> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const field = useField(name, errors, props);
  errors = field.errors;
  if (props.value === undefined && field.defaultValue !== undefined) props = { ...props, defaultValue: field.defaultValue as string };
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint} required={required}>
      {(describedBy, invalid) => (
        <select
          id={id}
          name={name}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={`${control} ${invalid ? "border-red-600" : "border-slate-300"} ${className}`}
          {...props}
        >
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

export function TextAreaField({ name, label, errors, hint, id = name, required, className = "", ...props }: Common & ComponentProps<"textarea">) {
  const field = useField(name, errors, props);
  errors = field.errors;
  if (props.value === undefined && field.defaultValue !== undefined) props = { ...props, defaultValue: field.defaultValue as string };
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint} required={required}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          name={name}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={`${control} min-h-24 ${invalid ? "border-red-600" : "border-slate-300"} ${className}`}
          {...props}
        />
      )}
    </FieldShell>
  );
}
