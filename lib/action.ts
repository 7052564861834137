import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "@/lib/schemas/zod";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import type { Actor } from "@/lib/server/users";

const GENERIC_ERROR = "Terjadi kesalahan pada sistem. Silakan coba lagi atau hubungi administrator.";

/** The submitted values, for the form to show them again after an error (never passwords). */
function echo(formData: FormData): Pick<FormState, "values" | "lists"> {
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (/password|sandi/i.test(key) || key.startsWith("$")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (all.length === 0) continue;
    values[key] = all[all.length - 1]!;
    if (all.length > 1) lists[key] = all;
  }
  return Object.keys(lists).length > 0 ? { values, lists } : { values };
}

/** FormData as a plain object; a name sent several times (a checkbox group) becomes an array. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue; // React's own fields
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    object[key] = values.length > 1 ? values : values[0];
  }
  return object;
}

/**
 * The fixed order of a server action: authenticate → parse (zod) → call the service (which
 * authorises and audits) → return. `run` may call revalidatePath/redirect.
 */
export async function handleFormAction<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  run: (input: z.output<Schema>, actor: Actor) => Promise<string | void>,
): Promise<FormState> {
  const actor = await requireActor();
  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return {
      status: "error",
      message: "Periksa kembali isian yang ditandai.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      ...echo(formData),
    };
  }
  try {
    const message = await run(parsed.data, actor);
    return { status: "success", message: message ?? "Tersimpan." };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) {
      // A field's own message sits beside the field; the top of the form only points at it.
      const onFields = Object.keys(error.fieldErrors).length > 0;
      const message = onFields ? "Periksa kembali isian yang ditandai." : error.message;
      return { status: "error", message, fieldErrors: error.fieldErrors, ...echo(formData) };
    }
    console.error(error);
    return { status: "error", message: GENERIC_ERROR, ...echo(formData) };
  }
}

export type ActionResult<T> = { ok: true; data: T; message?: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** For actions called from client code with structured arguments (autosave, submit) rather than
 * a form: the same order — authenticate, parse, service — with a result the caller can branch on. */
export async function handleAction<Schema extends z.ZodType, T>(
  input: unknown,
  schema: Schema,
  run: (input: z.output<Schema>, actor: Actor) => Promise<T>,
): Promise<ActionResult<T>> {
  const actor = await requireActor();
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Isian tidak valid.", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  try {
    return { ok: true, data: await run(parsed.data, actor) };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error(error);
    return { ok: false, message: GENERIC_ERROR };
  }
}
