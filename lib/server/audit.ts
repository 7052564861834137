import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/users";

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

/** Writes the audit row of a change. Call it with the transaction that makes the change, so the
 * row exists exactly when the change does. */
export async function recordAudit(tx: Tx, actor: Pick<Actor, "userId" | "agencyId">, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      agencyId: actor.agencyId,
      actorId: actor.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      reason: entry.reason ?? null,
    },
  });
}

// Dates, Decimals and undefined become plain JSON, as an inspector will read them.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
