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

export async function listOrgUnitsWithPositions(actor: Actor) {
  assertCan(actor.role, "masterdata:read");
  const units = await db.orgUnit.findMany({
    where: { agencyId: actor.agencyId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      shortName: true,
      positions: {
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
  });
  return units.map((unit) => ({
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
  }));
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
