import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/server/users";

export const AUDIT_PAGE_SIZE = 50;

// Panel scores are confidential (ADR 0012): the audit reader (BKD, ADMIN) sees that a sheet was
// saved, submitted or revised, by whom, when, why and in which state, but not the values, which
// only the oversight views show and only once a participant's sheets are all in. The rows keep
// them: an inspector replays a sheet's history from the database.
const SCORE_ENTITIES = new Set(["ScoreSheet", "ScoreSheetRevision"]);
const SCORE_KEYS = new Set(["score", "items"]);

function redacted(entity: string, payload: unknown): unknown {
  if (!SCORE_ENTITIES.has(entity) || payload === null) return payload;
  // A payload of another shape is withheld whole rather than guessed at.
  if (typeof payload !== "object" || Array.isArray(payload)) return null;
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !SCORE_KEYS.has(key)));
}

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
      before: redacted(e.entity, e.before),
      after: redacted(e.entity, e.after),
    })),
  };
}
