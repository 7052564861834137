import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Role } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/server/audit";

/** The signed-in person as every service sees them: loaded from the database on each request, so
 * a deactivated account or a changed role takes effect at once, whatever the session cookie says. */
export type Actor = {
  userId: string;
  agencyId: string;
  role: Role;
  name: string;
  email: string;
  agencyName: string;
  headTitle: string;
};

export async function findUserForSignIn(email: string) {
  return db.user.findFirst({
    where: { email, active: true },
    select: { id: true, name: true, email: true, agencyId: true, role: true, passwordHash: true },
  });
}

export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findFirst({
    where: { id: userId, active: true },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      agencyId: true,
      agency: { select: { name: true, headTitle: true } },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    agencyId: user.agencyId,
    role: user.role,
    name: user.name,
    email: user.email,
    agencyName: user.agency.name,
    headTitle: user.agency.headTitle,
  };
}

export async function listUsers(actor: Actor) {
  assertCan(actor.role, "users:manage");
  return db.user.findMany({
    where: { agencyId: actor.agencyId },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, lastSignInAt: true },
  });
}

/** Records a sign-in attempt on an existing account in the audit trail; a successful one also
 * stamps the account. */
export async function recordSignIn(userId: string, succeeded: boolean) {
  await db.$transaction(async (tx) => {
    const user = succeeded
      ? await tx.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() }, select: { agencyId: true } })
      : await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { agencyId: true } });
    const action = succeeded ? "SIGN_IN" : "SIGN_IN_FAILED";
    await recordAudit(tx, { userId, agencyId: user.agencyId }, { action, entity: "User", entityId: userId });
  });
}
