// A service never returns another agency's rows: two agencies with the same kinds of data, and
// every list service called as each of them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEvents } from "@/lib/server/audit-log";
import { auditEntityNames } from "@/lib/server/audit-names";
import { pendingActions } from "@/lib/server/dashboard";
import { listOfficials } from "@/lib/server/officials";
import { listOrgUnitsWithPositions } from "@/lib/server/positions";
import { listMyPanelRounds, listRounds } from "@/lib/server/rounds";
import { listUsers, type Actor } from "@/lib/server/users";
import { actorFor } from "@/tests/factories/actor";
import { createAgency, createOfficial, createOrgUnit, createPosition, createUser } from "@/tests/factories/master-data";
import { addPanelMember, addParticipant, createRound } from "@/tests/factories/round";

type World = { agencyId: string; ids: Set<string>; actors: Record<"ADMIN" | "BKD" | "PANEL" | "SEKDA" | "HEAD", Actor> };

async function buildAgency(name: string): Promise<World> {
  const agency = await createAgency(db, { name });
  const ids = new Set<string>();
  const unit = await createOrgUnit(db, { agencyId: agency.id });
  const position = await createPosition(db, { agencyId: agency.id, orgUnitId: unit.id });
  const official = await createOfficial(db, { agencyId: agency.id, positionId: position.id });
  const round = await createRound(db, { agencyId: agency.id, status: "SCORING" });
  await addParticipant(db, { roundId: round.id, officialId: official.id });
  const actors = {} as World["actors"];
  for (const role of ["ADMIN", "BKD", "PANEL", "SEKDA", "HEAD"] as const) {
    const user = await createUser(db, { agencyId: agency.id, role });
    actors[role] = actorFor(user, agency);
    ids.add(user.id);
  }
  await addPanelMember(db, { roundId: round.id, internal: false, userId: actors.PANEL.userId });
  const event = await db.auditEvent.create({ data: { agencyId: agency.id, action: "TEST", entity: "Round", entityId: round.id } });
  for (const id of [unit.id, position.id, official.id, round.id, event.id]) ids.add(id);
  return { agencyId: agency.id, ids, actors };
}

/** Every id found anywhere in a service's result. */
function idsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => idsIn(item, found));
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === "string" && /(^id$|Id$)/.test(key)) found.add(inner);
      else idsIn(inner, found);
    }
  }
  return found;
}

describe("tenancy", () => {
  let a: World;
  let b: World;
  beforeAll(async () => {
    a = await buildAgency("Pemerintah Kabupaten A");
    b = await buildAgency("Pemerintah Kabupaten B");
  });

  const services: [string, (w: World) => Promise<unknown>][] = [
    ["listOfficials", (w) => listOfficials(w.actors.BKD, {})],
    ["listOrgUnitsWithPositions", (w) => listOrgUnitsWithPositions(w.actors.BKD)],
    ["listRounds", (w) => listRounds(w.actors.SEKDA)],
    ["listMyPanelRounds", (w) => listMyPanelRounds(w.actors.PANEL)],
    ["listAuditEvents", (w) => listAuditEvents(w.actors.BKD, {})],
    ["listUsers", (w) => listUsers(w.actors.ADMIN)],
  ];

  it.each(services)("%s returns only the caller's agency rows", async (_name, call) => {
    const fromA = idsIn(await call(a));
    const fromB = idsIn(await call(b));
    expect(fromA.size).toBeGreaterThan(0);
    expect([...fromA].filter((id) => b.ids.has(id))).toEqual([]);
    expect([...fromB].filter((id) => a.ids.has(id))).toEqual([]);
    expect([...fromA].some((id) => a.ids.has(id))).toBe(true);
  });

  it("names the records of audit rows from the caller's agency only", async () => {
    const refs = async (w: World) => (await listAuditEvents(w.actors.BKD, {})).events;
    const own = await refs(a);
    const names = await auditEntityNames(a.actors.BKD, [...own, ...(await refs(b))]);
    const round = own.find((e) => e.entity === "Round")!;
    expect(names.get(`Round:${round.entityId}`)).toBe((await db.round.findUniqueOrThrow({ where: { id: round.entityId } })).name);
    expect([...names.keys()].every((key) => a.ids.has(key.split(":")[1]!))).toBe(true);
    await expect(auditEntityNames(a.actors.PANEL, own)).rejects.toThrow("tidak berwenang");
  });

  it("counts the dashboard from the caller's agency only", async () => {
    const bkd = await pendingActions(a.actors.BKD);
    // One scoring round with one participant and no assessment in agency A, whatever B holds.
    expect(bkd.find((item) => item.key === "missing-assessment")?.count).toBe(1);
    const panel = await pendingActions(a.actors.PANEL);
    expect(panel.find((item) => item.key === "conflicts")?.count).toBe(1);
  });

  it("refuses a service to a role without the permission", async () => {
    await expect(listUsers(a.actors.BKD)).rejects.toThrow("tidak berwenang");
    await expect(listOfficials(a.actors.PANEL, {})).rejects.toThrow("tidak berwenang");
  });
});
