import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow } from "@/lib/search-params";
import { POSITION_ROW_SELECT, toPositionRow, type PositionRow } from "@/lib/server/positions";
import type { Actor } from "@/lib/server/users";

export const ORG_UNITS_PAGE_SIZE = 20;

export type OrgUnitRow = { id: string; name: string; shortName: string; positionCount: number; vacantCount: number };

/** The agency's OPD by name or abbreviation, a page at a time; an OPD without posts is listed too. */
export async function listOrgUnits(actor: Actor, { q = "", page = 1 }: { q?: string; page?: number } = {}) {
  assertCan(actor.role, "masterdata:read");
  const search = q.trim();
  const where: Prisma.OrgUnitWhereInput = {
    agencyId: actor.agencyId,
    ...(search ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { shortName: { contains: search, mode: "insensitive" } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.orgUnit.count({ where }),
    db.orgUnit.findMany({
      where,
      orderBy: { name: "asc" },
      ...pageWindow(page, ORG_UNITS_PAGE_SIZE),
      select: {
        id: true,
        name: true,
        shortName: true,
        // Vacant: neither a definitive incumbent nor an acting head.
        _count: { select: { positions: true } },
        positions: { where: { incumbent: null, actingOfficialId: null }, select: { id: true } },
      },
    }),
  ]);
  const units: OrgUnitRow[] = rows.map((u) => ({ id: u.id, name: u.name, shortName: u.shortName, positionCount: u._count.positions, vacantCount: u.positions.length }));
  return { total, units };
}

export type OrgUnitDetail = { id: string; name: string; shortName: string; positions: PositionRow[] };

/** One OPD of the actor's agency with its posts and their incumbents. */
export async function getOrgUnitDetail(actor: Actor, orgUnitId: string): Promise<OrgUnitDetail> {
  assertCan(actor.role, "masterdata:read");
  const unit = await db.orgUnit.findFirst({
    where: { id: orgUnitId, agencyId: actor.agencyId },
    select: { id: true, name: true, shortName: true, positions: { orderBy: [{ grade: "asc" }, { title: "asc" }], select: POSITION_ROW_SELECT } },
  });
  if (!unit) throw notFound("OPD");
  return { ...unit, positions: unit.positions.map(toPositionRow) };
}
