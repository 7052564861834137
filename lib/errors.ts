// One error type whose message is safe to show the user (Indonesian). Anything else thrown is a
// bug: it is logged and the user sees a generic message (see lib/action.ts).
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID_STATE" | "VALIDATION" | "UNAUTHENTICATED";

/** Why a refusal happened, where a page reacts to one refusal in particular: code reads this,
 * never the message, which is for the user and may be reworded. */
export type AppErrorReason = "CHAIR_UNDECLARED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Field-level messages, keyed by form field name. */
    readonly fieldErrors: Record<string, string[]> = {},
    readonly reason?: AppErrorReason,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function notFound(what = "Data"): AppError {
  return new AppError("NOT_FOUND", `${what} tidak ditemukan.`);
}

/** PostgreSQL unique violation as Prisma reports it (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Whether a unique violation involves `column`. With the pg driver adapter Prisma reports the
 * columns in meta.driverAdapterError.cause.constraint.fields (some quoted), without it in
 * meta.target. */
export function isUniqueViolationOn(error: unknown, column: string): boolean {
  if (!isUniqueViolation(error)) return false;
  const meta = (error as { meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } } } }).meta;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target;
  const list = Array.isArray(fields) ? fields : typeof fields === "string" ? [fields] : [];
  return list.some((f) => String(f).replace(/"/g, "") === column);
}

export function fieldError(field: string, message: string): AppError {
  return new AppError("VALIDATION", message, { [field]: [message] });
}

/** Several fields' messages at once, so a form shows every error of one save beside its field. */
export function fieldErrors(errors: Record<string, string[]>): AppError {
  return new AppError("VALIDATION", "Periksa kembali isian yang ditandai.", errors);
}
