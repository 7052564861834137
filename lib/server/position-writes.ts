import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { CORE_COMPETENCIES, COMPETENCY_LABELS, DEFAULT_STANDARD_LEVEL, MANAGERIAL_COMPETENCIES } from "@/lib/domain/competency";
import { fieldError, isUniqueViolation, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrgUnitInput, PositionInput, StandardInput } from "@/lib/schemas/position";
import { recordAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/users";

type Tx = Prisma.TransactionClient;

const kindOf = (code: string) => ((MANAGERIAL_COMPETENCIES as readonly string[]).includes(code) ? "MANAGERIAL" : "SOCIOCULTURAL") as "MANAGERIAL" | "SOCIOCULTURAL";

/** Standard rows of a post: the core competencies and the named technical ones (codes TEKNIS_n). */
function standardRows(standard: StandardInput) {
  return [
    ...CORE_COMPETENCIES.map((code) => ({ code, kind: kindOf(code), name: COMPETENCY_LABELS[code], level: standard.core[code] })),
    ...standard.technical.map((t, index) => ({ code: `TEKNIS_${index + 1}`, kind: "TECHNICAL" as const, name: t.name, level: t.level })),
  ];
}

export const DEFAULT_STANDARD: StandardInput = {
  core: Object.fromEntries(CORE_COMPETENCIES.map((code) => [code, DEFAULT_STANDARD_LEVEL])) as StandardInput["core"],
  technical: [],
};

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

async function assertReferencesInAgency(tx: Tx, agencyId: string, input: PositionInput) {
  const unit = await tx.orgUnit.findFirst({ where: { id: input.orgUnitId, agencyId }, select: { id: true } });
  if (!unit) throw fieldError("orgUnitId", "OPD tidak ditemukan di instansi Anda.");
  if (input.actingOfficialId) {
    const acting = await tx.official.findFirst({ where: { id: input.actingOfficialId, agencyId }, select: { id: true } });
    if (!acting) throw fieldError("actingOfficialId", "Pejabat Plt. tidak ditemukan di instansi Anda.");
  }
}

const positionData = (input: PositionInput) => ({
  orgUnitId: input.orgUnitId,
  title: input.title,
  grade: input.grade,
  requiredEducationFields: input.requiredEducationFields,
  extraApprover: input.extraApprover ?? null,
  actingOfficialId: input.actingOfficialId ?? null,
});

/** A new post; a JPT Pratama post starts with the default standard (level 4 on the 9 core
 * competencies, PermenPANRB 38/2017), which the BKD then adjusts. */
export async function createPosition(actor: Actor, input: PositionInput) {
  assertCan(actor.role, "masterdata:write");
  return withUniqueTitle("title", "Jabatan dengan nama ini sudah ada.", () =>
    db.$transaction(async (tx) => {
      await assertReferencesInAgency(tx, actor.agencyId, input);
      const data = positionData(input);
      const standards = input.grade === "JPT_PRATAMA" ? standardRows(DEFAULT_STANDARD) : [];
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
        select: { orgUnitId: true, title: true, grade: true, requiredEducationFields: true, extraApprover: true, actingOfficialId: true },
      });
      if (!before) throw notFound("Jabatan");
      await assertReferencesInAgency(tx, actor.agencyId, input);
      const data = positionData(input);
      await tx.position.update({ where: { id: positionId }, data });
      await recordAudit(tx, actor, { action: "POSITION_UPDATE", entity: "Position", entityId: positionId, before, after: data });
    }),
  );
}

/** Replaces a post's competency standard as a whole, audited with the standard before and after. */
export async function updateStandard(actor: Actor, positionId: string, standard: StandardInput) {
  assertCan(actor.role, "masterdata:write");
  await db.$transaction(async (tx) => {
    const position = await tx.position.findFirst({
      where: { id: positionId, agencyId: actor.agencyId },
      select: { standards: { orderBy: { code: "asc" }, select: { code: true, kind: true, name: true, level: true } } },
    });
    if (!position) throw notFound("Jabatan");
    const rows = standardRows(standard);
    await tx.competencyStandard.deleteMany({ where: { positionId } });
    await tx.competencyStandard.createMany({ data: rows.map((row) => ({ ...row, positionId })) });
    await recordAudit(tx, actor, {
      action: "STANDARD_UPDATE",
      entity: "Position",
      entityId: positionId,
      before: position.standards.map((s) => ({ ...s, level: Number(s.level) })),
      after: rows,
    });
  });
}
