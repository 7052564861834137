"use client";

import type { ComponentProps } from "react";
import { useFormEcho } from "@/components/ui/form-context";

type Props = Omit<ComponentProps<"input">, "type" | "checked" | "value"> & { name: string; value?: string };

/** A checkbox or radio inside an ActionForm: checked as last submitted after an error (an
 * unchecked box is not sent, so it shows unchecked), otherwise as `defaultChecked` says. It stays
 * uncontrolled: React's reset after an action would undo a controlled one (useFieldGeneration). */
function Choice({ type, name, value = "on", defaultChecked = false, disabled, className = "size-5", ...props }: Props & { type: "checkbox" | "radio" }) {
  const echo = useFormEcho();
  // A disabled control is not sent either; it keeps what was saved.
  const checked = disabled ? defaultChecked : echo.checked(name, value, defaultChecked);
  return <input {...props} type={type} name={name} value={value} disabled={disabled} defaultChecked={checked} className={className} />;
}

export function Checkbox(props: Props) {
  return <Choice {...props} type="checkbox" />;
}

export function Radio(props: Props & { value: string }) {
  return <Choice {...props} type="radio" />;
}
