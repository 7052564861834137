import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/users";

export type PositionRow = {
  id: string;
  title: string;
  grade: "JPT_PRATAMA" | "ADMINISTRATOR";
  incumbent: string | null;
  acting: string | null;
  standardCount: number;
};

export const UNITS_PER_PAGE = 10;

/** OPD with their posts, a page of OPD at a time; a search or grade filter keeps only the posts
 * (and OPD) that match. */
export async function listOrgUnitsWithPositions(actor: Actor, { q = "", grade = "", page = 1 }: { q?: string; grade?: "JPT_PRATAMA" | "ADMINISTRATOR" | ""; page?: number } = {}) {
  assertCan(actor.role, "masterdata:read");
  const search = q.trim();
  const positionFilter = {
    ...(search ? { OR: [{ title: { contains: search, mode: "insensitive" as const } }, { orgUnit: { name: { contains: search, mode: "insensitive" as const } } }] } : {}),
    ...(grade ? { grade } : {}),
  };
  const filtered = Boolean(search || grade);
  const where = { agencyId: actor.agencyId, ...(filtered ? { positions: { some: positionFilter } } : {}) };
  const [total, units] = await Promise.all([
    db.orgUnit.count({ where }),
    db.orgUnit.findMany({
    where,
    orderBy: { name: "asc" },
    skip: (Math.max(1, page) - 1) * UNITS_PER_PAGE,
    take: UNITS_PER_PAGE,
    select: {
      id: true,
      name: true,
      shortName: true,
      positions: {
        where: positionFilter,
        orderBy: [{ grade: "asc" }, { title: "asc" }],
        select: {
          id: true,
          title: true,
          grade: true,
          incumbent: { select: { name: true } },
          actingOfficial: { select: { name: true } },
          _count: { select: { standards: true } },
        },
      },
    },
    }),
  ]);
  return { total, units: units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    shortName: unit.shortName,
    positions: unit.positions.map(
      (p): PositionRow => ({
        id: p.id,
        title: p.title,
        grade: p.grade,
        incumbent: p.incumbent?.name ?? null,
        acting: p.actingOfficial?.name ?? null,
        standardCount: p._count.standards,
      }),
    ),
  })) };
}

export type PositionDetail = {
  id: string;
  orgUnitId: string;
  title: string;
  grade: "JPT_PRATAMA" | "ADMINISTRATOR";
  requiredEducationFields: string[];
  extraApprover: string | null;
  actingOfficialId: string | null;
  incumbent: { id: string; name: string } | null;
  standard: { core: Record<string, number>; technical: { name: string; level: number }[] };
};

export async function getPosition(actor: Actor, positionId: string): Promise<PositionDetail> {
  assertCan(actor.role, "masterdata:read");
  const row = await db.position.findFirst({
    where: { id: positionId, agencyId: actor.agencyId },
    select: {
      id: true, orgUnitId: true, title: true, grade: true, requiredEducationFields: true, extraApprover: true, actingOfficialId: true,
      incumbent: { select: { id: true, name: true } },
      standards: { orderBy: { code: "asc" }, select: { code: true, kind: true, name: true, level: true } },
    },
  });
  if (!row) throw notFound("Jabatan");
  const { standards, ...rest } = row;
  return {
    ...rest,
    standard: {
      core: Object.fromEntries(standards.filter((s) => s.kind !== "TECHNICAL").map((s) => [s.code, Number(s.level)])),
      technical: standards.filter((s) => s.kind === "TECHNICAL").map((s) => ({ name: s.name, level: Number(s.level) })),
    },
  };
}

export async function listOrgUnitOptions(actor: Actor) {
  assertCan(actor.role, "masterdata:read");
  return db.orgUnit.findMany({ where: { agencyId: actor.agencyId }, orderBy: { name: "asc" }, select: { id: true, name: true, shortName: true } });
}

export async function getOrgUnit(actor: Actor, orgUnitId: string) {
  assertCan(actor.role, "masterdata:read");
  const unit = await db.orgUnit.findFirst({ where: { id: orgUnitId, agencyId: actor.agencyId }, select: { id: true, name: true, shortName: true } });
  if (!unit) throw notFound("OPD");
  return unit;
}

export async function listOfficialOptions(actor: Actor) {
  assertCan(actor.role, "masterdata:read");
  return db.official.findMany({
    where: { agencyId: actor.agencyId, status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, nip: true },
  });
}
