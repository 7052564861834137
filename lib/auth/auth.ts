import "server-only";
import { verify } from "@node-rs/argon2";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { isRole, type Role } from "@/lib/auth/permissions";
import { findUserForSignIn, recordSignIn } from "@/lib/server/users";

declare module "next-auth" {
  interface User {
    agencyId?: string;
    role?: Role;
  }
  interface Session {
    user: { id: string; name: string; email: string; agencyId: string; role: Role };
  }
}

const EIGHT_HOURS = 8 * 60 * 60;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1),
});

// JWT sessions of a fixed 8 hours (a working day); the role and agency in the token are only a
// hint: lib/auth/session.ts reloads the user from the database on every request.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  logger: {
    // A wrong password is an expected event (audited per account), not a server error.
    error(error) {
      // `type`, not `name`: class names are minified in the production build.
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  pages: { signIn: "/masuk" },
  session: { strategy: "jwt", maxAge: EIGHT_HOURS },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.agencyId = user.agencyId;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      const role = isRole(token.role) ? token.role : undefined;
      if (token.sub && typeof token.agencyId === "string" && role) {
        session.user = { ...session.user, id: token.sub, agencyId: token.agencyId, role };
      }
      return session;
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await findUserForSignIn(parsed.data.email);
        // Verify even when the account is missing, so response time does not reveal which emails exist.
        const hash = user?.passwordHash ?? DUMMY_HASH;
        const valid = await verify(hash, parsed.data.password).catch(() => false);
        if (!user) return null;
        await recordSignIn(user.id, valid);
        if (!valid) return null;
        return { id: user.id, name: user.name, email: user.email, agencyId: user.agencyId, role: user.role };
      },
    }),
  ],
});

// argon2id hash of a random string nobody knows.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$ksRn2s7kroIXF+S/D1A+fA$xs75OueIcx55rxaAwTO3q+3kRWZQbGl60Ry11MDpU14";
