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

/** Server pages: the 403 page unless the role has the permission. */
export function requirePermission(role: Role, permission: Permission) {
  if (!can(role, permission)) forbidden();
}
