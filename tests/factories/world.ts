// A small agency for service tests: a BKD user, five panel accounts, an OPD with JPT posts whose
// incumbents were inaugurated on chosen dates.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/server/users";
import { actorFor } from "./actor";
import { createAgency, createOfficial, createOrgUnit, createPosition, createUser } from "./master-data";

export async function buildAgencyWorld(db: Db, { name, inaugurations = ["2020-01-15", "2025-06-01"] }: { name?: string; inaugurations?: string[] } = {}) {
  const agency = await createAgency(db, name ? { name } : {});
  const bkdUser = await createUser(db, { agencyId: agency.id, role: "BKD" });
  const bkd: Actor = actorFor(bkdUser, agency);
  const panelUsers = [];
  for (let i = 0; i < 5; i++) panelUsers.push(await createUser(db, { agencyId: agency.id, role: "PANEL", name: `Penilai ${i + 1}` }));
  const unit = await createOrgUnit(db, { agencyId: agency.id });
  const posts = [];
  const incumbents = [];
  for (const [index, inauguratedOn] of inaugurations.entries()) {
    const post = await createPosition(db, { agencyId: agency.id, orgUnitId: unit.id, title: `Kepala Dinas ${index + 1} ${agency.id}` });
    posts.push(post);
    incumbents.push(await createOfficial(db, { agencyId: agency.id, positionId: post.id, inauguratedOn: new Date(`${inauguratedOn}T00:00:00Z`) }));
  }
  return { agency, bkd, panelUsers, unit, posts, incumbents };
}
