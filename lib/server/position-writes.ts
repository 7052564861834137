import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { createsCycle } from "@/lib/domain/post-hierarchy";
import { fieldError, isUniqueViolation, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrgUnitInput, PositionInput } from "@/lib/schemas/position";
import { recordAudit } from "@/lib/server/audit";
import { coreStandardRows, DEFAULT_STANDARD } from "@/lib/server/position-standard";
import type { Actor } from "@/lib/server/users";

type Tx = Prisma.TransactionClient;

async function withUniqueTitle<T>(field: string, message: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError(field, message);
    throw error;
  }
}

export async function createOrgUnit(actor: Actor, input: OrgUnitInput) {
  assertCan(actor.role, "masterdata:write");
  return withUniqueTitle("name", "OPD dengan nama ini sudah ada.", () =>
    db.$transaction(async (tx) => {
      const unit = await tx.orgUnit.create({ data: { ...input, agencyId: actor.agencyId }, select: { id: true } });
      await recordAudit(tx, actor, { action: "ORG_UNIT_CREATE", entity: "OrgUnit", entityId: unit.id, after: input });
      return unit;
    }),
  );
}

export async function updateOrgUnit(actor: Actor, orgUnitId: string, input: OrgUnitInput) {
  assertCan(actor.role, "masterdata:write");
  await withUniqueTitle("name", "OPD dengan nama ini sudah ada.", () =>
    db.$transaction(async (tx) => {
      const before = await tx.orgUnit.findFirst({ where: { id: orgUnitId, agencyId: actor.agencyId }, select: { name: true, shortName: true } });
      if (!before) throw notFound("OPD");
      await tx.orgUnit.update({ where: { id: orgUnitId }, data: input });
      await recordAudit(tx, actor, { action: "ORG_UNIT_UPDATE", entity: "OrgUnit", entityId: orgUnitId, before, after: input });
    }),
  );
}

/**
 * The direct superior must be a post of the same agency, not the post itself nor one of its
 * subordinates. An advisory lock per agency serialises these checks, so two edits cannot close a
 * loop together (A under B while B goes under A).
 */
async function assertSuperior(tx: Tx, agencyId: string, positionId: string | null, superiorId: string) {
  if (superiorId === positionId) throw fieldError("superiorId", "Jabatan tidak dapat menjadi atasan dirinya sendiri.");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`post-line:${agencyId}`}))`;
  const posts = await tx.position.findMany({ where: { agencyId }, select: { id: true, superiorId: true } });
  if (!posts.some((p) => p.id === superiorId)) throw fieldError("superiorId", "Jabatan atasan tidak ditemukan di instansi Anda.");
  if (positionId && createsCycle(positionId, superiorId, new Map(posts.map((p) => [p.id, p.superiorId])))) {
    throw fieldError("superiorId", "Jabatan atasan ini adalah bawahan dari jabatan ini; pilih jabatan lain.");
  }
}

async function assertReferencesInAgency(tx: Tx, agencyId: string, positionId: string | null, input: PositionInput) {
  const unit = await tx.orgUnit.findFirst({ where: { id: input.orgUnitId, agencyId }, select: { id: true } });
  if (!unit) throw fieldError("orgUnitId", "OPD tidak ditemukan di instansi Anda.");
  if (input.actingOfficialId) {
    const acting = await tx.official.findFirst({ where: { id: input.actingOfficialId, agencyId }, select: { id: true } });
    if (!acting) throw fieldError("actingOfficialId", "Pejabat Plt. tidak ditemukan di instansi Anda.");
  }
  if (input.superiorId) await assertSuperior(tx, agencyId, positionId, input.superiorId);
}

const positionData = (input: PositionInput) => ({
  orgUnitId: input.orgUnitId,
  title: input.title,
  grade: input.grade,
  requiredEducationFields: input.requiredEducationFields,
  extraApprover: input.extraApprover ?? null,
  actingOfficialId: input.actingOfficialId ?? null,
  superiorId: input.superiorId ?? null,
});

/** A new post; a JPT Pratama post starts with the default standard (level 4 on the 9 core
 * competencies, PermenPANRB 38/2017), which the BKD then adjusts. */
export async function createPosition(actor: Actor, input: PositionInput) {
  assertCan(actor.role, "masterdata:write");
  return withUniqueTitle("title", "Jabatan dengan nama ini sudah ada.", () =>
    db.$transaction(async (tx) => {
      await assertReferencesInAgency(tx, actor.agencyId, null, input);
      const data = positionData(input);
      const standards = input.grade === "JPT_PRATAMA" ? coreStandardRows(DEFAULT_STANDARD.core) : [];
      const position = await tx.position.create({
        data: { ...data, agencyId: actor.agencyId, standards: { create: standards } },
        select: { id: true },
      });
      await recordAudit(tx, actor, { action: "POSITION_CREATE", entity: "Position", entityId: position.id, after: { ...data, standards } });
      return position;
    }),
  );
}

export async function updatePosition(actor: Actor, positionId: string, input: PositionInput) {
  assertCan(actor.role, "masterdata:write");
  await withUniqueTitle("title", "Jabatan dengan nama ini sudah ada.", () =>
    db.$transaction(async (tx) => {
      const before = await tx.position.findFirst({
        where: { id: positionId, agencyId: actor.agencyId },
        select: { orgUnitId: true, title: true, grade: true, requiredEducationFields: true, extraApprover: true, actingOfficialId: true, superiorId: true },
      });
      if (!before) throw notFound("Jabatan");
      await assertReferencesInAgency(tx, actor.agencyId, positionId, input);
      const data = positionData(input);
      await tx.position.update({ where: { id: positionId }, data });
      await recordAudit(tx, actor, { action: "POSITION_UPDATE", entity: "Position", entityId: positionId, before, after: data });
    }),
  );
}
