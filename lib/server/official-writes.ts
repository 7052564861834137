import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { fieldError, isUniqueViolation, isUniqueViolationOn, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromIsoDate, toIsoDate } from "@/lib/iso-date";
import type { OfficialInput } from "@/lib/schemas/official";
import { recordAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/users";

type Tx = Prisma.TransactionClient;

const optionalDate = (iso: string | undefined) => (iso ? fromIsoDate(iso) : null);

export function officialData(input: OfficialInput) {
  return {
    nip: input.nip,
    name: input.name,
    birthDate: fromIsoDate(input.birthDate),
    sex: input.sex,
    rank: input.rank,
    educationLevel: input.educationLevel,
    educationField: input.educationField,
    positionId: input.positionId ?? null,
    jobTitle: input.jobTitle ?? null,
    inauguratedOn: optionalDate(input.inauguratedOn),
    administratorSince: optionalDate(input.administratorSince),
    relevantExperienceSince: optionalDate(input.relevantExperienceSince),
    sanctionLevel: input.sanctionLevel,
    status: input.status,
  };
}

/** The audited form of an official: dates as ISO strings, so before/after read like the form. */
export function officialSnapshot(row: ReturnType<typeof officialData> & { id?: string }) {
  const iso = (d: Date | null) => (d ? toIsoDate(d) : null);
  return {
    ...row,
    birthDate: toIsoDate(row.birthDate),
    inauguratedOn: iso(row.inauguratedOn),
    administratorSince: iso(row.administratorSince),
    relevantExperienceSince: iso(row.relevantExperienceSince),
  };
}

/** A JPT post of the actor's agency that has no other definitive incumbent. */
export async function assertPostAvailable(tx: Tx, agencyId: string, positionId: string, officialId?: string) {
  const position = await tx.position.findFirst({
    where: { id: positionId, agencyId },
    select: { grade: true, incumbent: { select: { id: true, name: true } } },
  });
  if (!position) throw fieldError("positionId", "Jabatan tidak ditemukan di instansi Anda.");
  if (position.grade !== "JPT_PRATAMA") throw fieldError("positionId", "Hanya jabatan JPT Pratama yang dicatat sebagai jabatan definitif.");
  if (position.incumbent && position.incumbent.id !== officialId) {
    throw fieldError("positionId", `Jabatan ini sudah dijabat oleh ${position.incumbent.name}.`);
  }
}

/** A unique violation raised by a concurrent write, beside the field it concerns: the post taken
 * by another official in the meantime, or the NIP. Rethrows anything else. */
function throwUniqueViolation(error: unknown): never {
  if (isUniqueViolationOn(error, "positionId")) throw fieldError("positionId", "Jabatan ini baru saja diisi pejabat lain. Muat ulang halaman.");
  if (isUniqueViolation(error)) throw fieldError("nip", "NIP ini sudah terdaftar di instansi Anda.");
  throw error;
}

export async function createOfficial(actor: Actor, input: OfficialInput): Promise<{ id: string }> {
  assertCan(actor.role, "masterdata:write");
  try {
    return await db.$transaction(async (tx) => {
      if (input.positionId) await assertPostAvailable(tx, actor.agencyId, input.positionId);
      const data = officialData(input);
      const official = await tx.official.create({ data: { ...data, agencyId: actor.agencyId }, select: { id: true } });
      await recordAudit(tx, actor, { action: "OFFICIAL_CREATE", entity: "Official", entityId: official.id, after: officialSnapshot(data) });
      return official;
    });
  } catch (error) {
    throwUniqueViolation(error);
  }
}

export async function updateOfficial(actor: Actor, officialId: string, input: OfficialInput): Promise<void> {
  assertCan(actor.role, "masterdata:write");
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.official.findFirst({ where: { id: officialId, agencyId: actor.agencyId } });
      if (!before) throw notFound("Pejabat");
      if (input.positionId) await assertPostAvailable(tx, actor.agencyId, input.positionId, officialId);
      const data = officialData(input);
      await tx.official.update({ where: { id: officialId }, data });
      await recordAudit(tx, actor, {
        action: "OFFICIAL_UPDATE",
        entity: "Official",
        entityId: officialId,
        before: officialSnapshot({ ...before, sanctionLevel: before.sanctionLevel, status: before.status }),
        after: officialSnapshot(data),
      });
    });
  } catch (error) {
    throwUniqueViolation(error);
  }
}
