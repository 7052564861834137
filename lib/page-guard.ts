import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/** Server pages: a service's NOT_FOUND becomes the 404 page and FORBIDDEN the 403 page, since the
 * message of an error thrown while rendering never reaches the browser in production. */
export async function guard<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

/**
 * For a page whose data exists only in some states of its record (a rotation proposal before the
 * results are final): the service's INVALID_STATE or CONFLICT message is for the user to read, so
 * the page shows it in place instead of the generic error page; NOT_FOUND and FORBIDDEN as guard().
 */
export async function guardState<T>(load: Promise<T>): Promise<{ ok: true; data: T } | { ok: false; notice: string }> {
  try {
    return { ok: true, data: await guard(load) };
  } catch (error) {
    if (error instanceof AppError && (error.code === "INVALID_STATE" || error.code === "CONFLICT")) return { ok: false, notice: error.message };
    throw error;
  }
}

/** Server pages: the 403 page unless the role has the permission. */
export function requirePermission(role: Role, permission: Permission) {
  if (!can(role, permission)) forbidden();
}
