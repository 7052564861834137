import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
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
});
