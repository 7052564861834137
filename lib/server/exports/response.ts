import "server-only";
import { currentActor } from "@/lib/auth/session";
import { AppError, type AppErrorCode } from "@/lib/errors";
import type { Actor } from "@/lib/server/users";
import type { XlsxFile } from "./workbook";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  VALIDATION: 400,
};

/**
 * A route handler's download: the signed-in actor (anyone else goes to the sign-in page), the
 * file the service builds (the service authorises and scopes it), sent as an attachment that no
 * cache keeps (it holds personal data).
 */
export async function xlsxDownload(request: Request, build: (actor: Actor) => Promise<XlsxFile>): Promise<Response> {
  const actor = await currentActor();
  if (!actor) {
    const signIn = new URL("/masuk", request.url);
    const { pathname, search } = new URL(request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return Response.redirect(signIn, 303);
  }
  try {
    const file = await build(actor);
    return new Response(file.bytes as BodyInit, {
      headers: {
        "Content-Type": XLSX_TYPE,
        "Content-Disposition": contentDisposition(file.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: STATUS[error.code], headers: textHeaders });
    console.error(error);
    return new Response("Terjadi kesalahan pada sistem saat menyiapkan berkas.", { status: 500, headers: textHeaders });
  }
}

const textHeaders = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/** RFC 6266: an ASCII fallback name and the exact UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
