import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import { loadActor, type Actor } from "@/lib/server/users";

/** The current actor or null; one database read per request however often it is called. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return loadActor(session.user.id);
});

/** For pages and actions: the current actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/masuk");
  return actor;
}
