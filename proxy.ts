// Optimistic redirect of anonymous visitors to the sign-in page. It is not the access check:
// every page and service authorises on its own (lib/auth/session.ts, lib/auth/permissions.ts).
// It only looks for the session cookie and never writes one: a proxy that refreshed the session
// on every request (Auth.js's `auth()` wrapper) raced sign-out — a link prefetch answered after
// the sign-out re-set the cookie and the user stayed signed in.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export default function proxy(request: NextRequest) {
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return NextResponse.next();
  const signIn = new URL("/masuk", request.nextUrl);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/((?!api/auth|masuk|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico)$).*)"],
};
