import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseNip } from "@/lib/domain/nip";
import { checkPanelComposition } from "@/lib/domain/panel-composition";
import { seedDemo } from "@/prisma/seed";

const MODEL_COUNTS = [
  "agency", "user", "orgUnit", "position", "competencyStandard", "official", "performanceRecord", "blackoutWindow",
  "round", "roundConfigVersion", "roundPosition", "participant", "panelMember", "assessmentResult", "trackRecord", "auditEvent",
  "scoreSheet", "scoreSheetRevision", "resultSnapshot", "conflictDeclaration",
] as const;

async function counts() {
  const entries = await Promise.all(
    MODEL_COUNTS.map(async (model) => [model, await (db[model] as unknown as { count(): Promise<number> }).count()] as const),
  );
  return Object.fromEntries(entries);
}

describe("demo seed", () => {
  it("seeds the demo data once: a second seed changes no count", async () => {
    expect(await seedDemo(db)).toEqual({ created: true });
    const first = await counts();
    expect(first).toMatchObject({ agency: 1, orgUnit: 13, position: 30, official: 35, performanceRecord: 105, user: 9, panelMember: 14, participant: 20, resultSnapshot: 1 });
    expect(await seedDemo(db)).toEqual({ created: false });
    expect(await counts()).toEqual(first);
  });

  it("holds what the demo promises: valid NIPs, 3 years of performance, a 7-member panel with 3 internal, one user per role", async () => {
    await seedDemo(db);
    const officials = await db.official.findMany({ select: { nip: true, birthDate: true, sex: true, _count: { select: { performance: true } } } });
    expect(officials).toHaveLength(35);
    for (const official of officials) {
      const parsed = parseNip(official.nip);
      expect(parsed, official.nip).not.toBeNull();
      expect(parsed!.birthDate, official.nip).toBe(official.birthDate.toISOString().slice(0, 10));
      expect(parsed!.sex, official.nip).toBe(official.sex);
      expect(official._count.performance, official.nip).toBe(3);
    }

    const roles = await db.user.groupBy({ by: ["role"], _count: true, orderBy: { role: "asc" } });
    expect(Object.fromEntries(roles.map((r) => [r.role, r._count]))).toEqual({ ADMIN: 1, BKD: 1, SEKDA: 1, HEAD: 1, PANEL: 5 });

    const scoring = await db.round.findFirstOrThrow({ where: { status: "SCORING" }, select: { panel: { select: { internal: true, role: true, userId: true } } } });
    expect(scoring.panel).toHaveLength(7);
    expect(scoring.panel.filter((m) => m.internal)).toHaveLength(3);
    expect(scoring.panel.filter((m) => m.role === "KETUA")).toHaveLength(1);
    expect(scoring.panel.filter((m) => m.userId).length).toBeGreaterThanOrEqual(3);
    expect(checkPanelComposition(scoring.panel)).toEqual([]);
  });
});
