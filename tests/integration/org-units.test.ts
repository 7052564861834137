// The OPD list and detail: found by name even without posts, paged, and kept inside the agency.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getOrgUnitDetail, listOrgUnits, ORG_UNITS_PAGE_SIZE } from "@/lib/server/org-units";
import { listOrgUnitsWithPositions } from "@/lib/server/positions";
import { actorFor } from "@/tests/factories/actor";
import { createOrgUnit, createUser } from "@/tests/factories/master-data";
import { buildAgencyWorld } from "@/tests/factories/world";

type World = Awaited<ReturnType<typeof buildAgencyWorld>>;

describe("OPD list", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildAgencyWorld(db);
  });

  it("finds an OPD without posts by its name or abbreviation, on the OPD list and on the posts overview", async () => {
    const empty = await createOrgUnit(db, { agencyId: world.agency.id, name: "Badan Riset dan Inovasi Daerah", shortName: "BRIDA" });
    for (const q of ["riset dan inovasi", "brida"]) {
      expect(await listOrgUnits(world.bkd, { q })).toEqual({ total: 1, units: [{ id: empty.id, name: empty.name, shortName: "BRIDA", positionCount: 0, vacantCount: 0 }] });
      expect(await listOrgUnitsWithPositions(world.bkd, { q })).toEqual({ total: 1, units: [{ id: empty.id, name: empty.name, shortName: "BRIDA", positions: [] }] });
    }
    // A grade filter is about posts: an OPD without posts of that grade stays out.
    expect((await listOrgUnitsWithPositions(world.bkd, { q: "brida", grade: "JPT_PRATAMA" })).total).toBe(0);
  });

  it("counts posts and vacant posts and pages through the OPD by name", async () => {
    await db.official.update({ where: { id: world.incumbents[1]!.id }, data: { positionId: null } });
    for (let i = 0; i < ORG_UNITS_PAGE_SIZE; i++) await createOrgUnit(db, { agencyId: world.agency.id, name: `Dinas Tambahan ${String(i).padStart(2, "0")}` });
    const first = await listOrgUnits(world.bkd, { page: 1 });
    const second = await listOrgUnits(world.bkd, { page: 2 });
    expect(first.total).toBe(ORG_UNITS_PAGE_SIZE + 1);
    expect(first.units).toHaveLength(ORG_UNITS_PAGE_SIZE);
    expect(second.units.map((u) => u.name)).toEqual([world.unit.name]);
    expect(second.units[0]).toMatchObject({ positionCount: 2, vacantCount: 1 });
  });

  it("stays inside the agency", async () => {
    const other = await buildAgencyWorld(db);
    await createOrgUnit(db, { agencyId: other.agency.id, name: "Badan Riset dan Inovasi Daerah" });
    expect((await listOrgUnits(world.bkd, { q: "Riset" })).total).toBe(0);
    expect((await listOrgUnits(world.bkd)).units.map((u) => u.id)).toEqual([world.unit.id]);
    await expect(getOrgUnitDetail(other.bkd, world.unit.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("OPD detail", () => {
  it("shows a read-only role the OPD's posts with their incumbents", async () => {
    const world = await buildAgencyWorld(db);
    const sekda = actorFor(await createUser(db, { agencyId: world.agency.id, role: "SEKDA" }), world.agency);
    const detail = await getOrgUnitDetail(sekda, world.unit.id);
    expect(detail).toMatchObject({ id: world.unit.id, name: world.unit.name });
    expect(detail.positions.map((p) => [p.title, p.incumbent])).toEqual(
      world.posts.map((post, i) => [post.title, world.incumbents[i]!.name]).sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    const panel = actorFor(await createUser(db, { agencyId: world.agency.id, role: "PANEL" }), world.agency);
    await expect(getOrgUnitDetail(panel, world.unit.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
