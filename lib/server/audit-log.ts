import "server-only";
import { db } from "@/lib/db";
import { assertCan, can } from "@/lib/auth/permissions";
import { auditContentFor } from "@/lib/domain/audit-redaction";
import type { Actor } from "@/lib/server/users";

export const AUDIT_PAGE_SIZE = 50;

/** The agency's audit trail, newest first, redacted for the reader (lib/domain/audit-redaction.ts,
 * ADR 0012): score values for everyone, results data for a reader who may not read results. */
export async function listAuditEvents(actor: Actor, { page = 1 }: { page?: number }) {
  assertCan(actor.role, "audit:read");
  const reader = { readsResults: can(actor.role, "results:read") };
  const where = { agencyId: actor.agencyId };
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (Math.max(1, page) - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entity: true,
        entityId: true,
        reason: true,
        createdAt: true,
        before: true,
        after: true,
        actor: { select: { name: true } },
      },
    }),
  ]);
  return {
    total,
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      at: e.createdAt.toISOString(),
      actor: e.actor?.name ?? "Sistem",
      ...auditContentFor(e, reader),
    })),
  };
}
