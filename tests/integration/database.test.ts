import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAgency } from "@/tests/factories/master-data";

describe("database", () => {
  it("applies every committed migration to an empty database", async () => {
    const committed = readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const applied = await db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(applied.map((m) => m.migration_name)).toEqual(committed);
    expect(applied.every((m) => m.finished_at !== null)).toBe(true);
  });

  it("keeps the audit trail append-only", async () => {
    const agency = await createAgency(db);
    const event = await db.auditEvent.create({ data: { agencyId: agency.id, action: "TEST", entity: "Agency", entityId: agency.id } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "CHANGED" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ action: "TEST" });
  });
});
