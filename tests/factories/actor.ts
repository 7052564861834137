import type { Actor } from "@/lib/server/users";

/** The Actor a service sees for a user, as lib/auth/session builds it after sign-in. */
export function actorFor(
  user: { id: string; agencyId: string; role: Actor["role"]; name: string; email: string },
  agency: { name: string; headTitle: string },
): Actor {
  return {
    userId: user.id,
    agencyId: user.agencyId,
    role: user.role,
    name: user.name,
    email: user.email,
    agencyName: agency.name,
    headTitle: agency.headTitle,
  };
}
