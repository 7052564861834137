import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/server/users";

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(actor: Actor, { page = 1 }: { page?: number }) {
  assertCan(actor.role, "audit:read");
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
      reason: e.reason,
      at: e.createdAt.toISOString(),
      actor: e.actor?.name ?? "Sistem",
      before: e.before,
      after: e.after,
    })),
  };
}
