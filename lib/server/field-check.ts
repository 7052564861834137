import "server-only";
import type { z } from "zod";
import { fieldError, fieldErrors } from "@/lib/errors";

/**
 * Enforces a field rule of a form's zod schema again in the service, with the schema's own
 * Indonesian message beside `field`: a service may be called without the form (another action, a
 * script, a test), and its rules must not live only in zod.
 */
export function checkField<S extends z.ZodType>(field: string, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fieldError(field, parsed.error.issues[0]?.message ?? "Isian tidak valid.");
  return parsed.data;
}

/** Collects a service's field errors so one save reports them all, then `throwIfAny()` refuses. */
export class FieldErrors {
  private readonly errors: Record<string, string[]> = {};

  add(field: string, message: string) {
    (this.errors[field] ??= []).push(message);
  }

  /** checkField, recording the message instead of throwing. */
  check<S extends z.ZodType>(field: string, schema: S, value: unknown): z.output<S> | undefined {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    this.add(field, parsed.error.issues[0]?.message ?? "Isian tidak valid.");
    return undefined;
  }

  throwIfAny() {
    if (Object.keys(this.errors).length > 0) throw fieldErrors(this.errors);
  }
}
