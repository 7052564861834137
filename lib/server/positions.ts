import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow } from "@/lib/search-params";
import type { Actor } from "@/lib/server/users";

export type PositionRow = {
  id: string;
  title: string;
  grade: "JPT_PRATAMA" | "ADMINISTRATOR";
  incumbent: string | null;
  acting: string | null;
  superior: string | null;
  standardCount: number;
};

export const POSITION_ROW_SELECT = {
  id: true,
  title: true,
  grade: true,
  incumbent: { select: { name: true } },
  actingOfficial: { select: { name: true } },
  superior: { select: { title: true } },
  _count: { select: { standards: true } },
} satisfies Prisma.PositionSelect;

export const toPositionRow = (p: Prisma.PositionGetPayload<{ select: typeof POSITION_ROW_SELECT }>): PositionRow => ({
  id: p.id,
  title: p.title,
  grade: p.grade,
  incumbent: p.incumbent?.name ?? null,
  acting: p.actingOfficial?.name ?? null,
  superior: p.superior?.title ?? null,
  standardCount: p._count.standards,
});

export const UNITS_PER_PAGE = 10;

/** OPD with their posts, a page of OPD at a time. A search keeps the posts whose title or OPD
 * matches (an OPD found by its name shows all its posts, or none when it has none); a grade filter
 * keeps only posts (and OPD) of that grade. */
export async function listOrgUnitsWithPositions(actor: Actor, { q = "", grade = "", page = 1 }: { q?: string; grade?: "JPT_PRATAMA" | "ADMINISTRATOR" | ""; page?: number } = {}) {
  assertCan(actor.role, "masterdata:read");
  const search = q.trim();
  const contains = { contains: search, mode: "insensitive" as const };
  const positionFilter: Prisma.PositionWhereInput = {
    ...(search ? { OR: [{ title: contains }, { orgUnit: { OR: [{ name: contains }, { shortName: contains }] } }] } : {}),
    ...(grade ? { grade } : {}),
  };
  const unitFilter: Prisma.OrgUnitWhereInput = grade
    ? { positions: { some: positionFilter } }
    : search
      ? { OR: [{ name: contains }, { shortName: contains }, { positions: { some: positionFilter } }] }
      : {};
  const where: Prisma.OrgUnitWhereInput = { agencyId: actor.agencyId, ...unitFilter };
  const [total, units] = await Promise.all([
    db.orgUnit.count({ where }),
    db.orgUnit.findMany({
      where,
      orderBy: { name: "asc" },
      ...pageWindow(page, UNITS_PER_PAGE),
      select: {
        id: true,
        name: true,
        shortName: true,
        positions: { where: positionFilter, orderBy: [{ grade: "asc" }, { title: "asc" }], select: POSITION_ROW_SELECT },
      },
    }),
  ]);
  return { total, units: units.map((unit) => ({ ...unit, positions: unit.positions.map(toPositionRow) })) };
}

export type PositionDetail = {
  id: string;
  orgUnitId: string;
  title: string;
  grade: "JPT_PRATAMA" | "ADMINISTRATOR";
  requiredEducationFields: string[];
  extraApprover: string | null;
  actingOfficialId: string | null;
  superiorId: string | null;
  incumbent: { id: string; name: string } | null;
  /** Technical competencies carry their stored code, which the editor sends back so it is kept. */
  standard: { core: Record<string, number>; technical: { code: string; name: string; level: number }[] };
};

export async function getPosition(actor: Actor, positionId: string): Promise<PositionDetail> {
  assertCan(actor.role, "masterdata:read");
  const row = await db.position.findFirst({
    where: { id: positionId, agencyId: actor.agencyId },
    select: {
      id: true, orgUnitId: true, title: true, grade: true, requiredEducationFields: true, extraApprover: true, actingOfficialId: true, superiorId: true,
      incumbent: { select: { id: true, name: true } },
      standards: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, kind: true, name: true, level: true } },
    },
  });
  if (!row) throw notFound("Jabatan");
  const { standards, ...rest } = row;
  return {
    ...rest,
    standard: {
      core: Object.fromEntries(standards.filter((s) => s.kind !== "TECHNICAL").map((s) => [s.code, Number(s.level)])),
      technical: standards.filter((s) => s.kind === "TECHNICAL").map((s) => ({ code: s.code, name: s.name, level: Number(s.level) })),
    },
  };
}

export async function listOrgUnitOptions(actor: Actor) {
  assertCan(actor.role, "masterdata:read");
  return db.orgUnit.findMany({ where: { agencyId: actor.agencyId }, orderBy: { name: "asc" }, select: { id: true, name: true, shortName: true } });
}

/** The agency's posts for the superior select, with each one's own superior so the form can leave
 * out the post's subordinates (the service refuses a loop whatever the form sends). */
export async function listPositionOptions(actor: Actor) {
  assertCan(actor.role, "masterdata:read");
  const rows = await db.position.findMany({
    where: { agencyId: actor.agencyId },
    orderBy: [{ orgUnit: { name: "asc" } }, { title: "asc" }],
    select: { id: true, title: true, superiorId: true, orgUnit: { select: { shortName: true, name: true } } },
  });
  return rows.map((p) => ({ id: p.id, title: p.title, superiorId: p.superiorId, orgUnit: p.orgUnit.shortName || p.orgUnit.name }));
}

export async function listOfficialOptions(actor: Actor) {
  assertCan(actor.role, "masterdata:read");
  return db.official.findMany({
    where: { agencyId: actor.agencyId, status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, nip: true },
  });
}
