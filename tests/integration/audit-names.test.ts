// The audit page names each record it refers to, from the caller's agency only.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditEntityNames } from "@/lib/server/audit-names";
import { actorFor } from "@/tests/factories/actor";
import { createAgency, createOfficial, createOrgUnit, createPosition, createUser } from "@/tests/factories/master-data";
import { addParticipant, createRound } from "@/tests/factories/round";

async function agencyWithRecords(name: string) {
  const agency = await createAgency(db, { name });
  const unit = await createOrgUnit(db, { agencyId: agency.id });
  const position = await createPosition(db, { agencyId: agency.id, orgUnitId: unit.id });
  const official = await createOfficial(db, { agencyId: agency.id, positionId: position.id, name: `Pejabat ${name}` });
  const round = await createRound(db, { agencyId: agency.id, status: "SCORING" });
  const participant = await addParticipant(db, { roundId: round.id, officialId: official.id });
  const user = await createUser(db, { agencyId: agency.id, role: "BKD" });
  const blackout = await db.blackoutWindow.create({ data: { agencyId: agency.id, kind: "ELECTION", startsOn: new Date("2026-03-01T00:00:00Z"), endsOn: new Date("2026-09-01T00:00:00Z") } });
  const performance = await db.performanceRecord.create({ data: { officialId: official.id, year: 2025, contractAchievement: 95, skpRating: "BAIK" } });
  const justification = await db.dispersionJustification.create({ data: { roundId: round.id, participantId: participant.id, component: "INTERVIEW", text: "Selisih karena satu penilai menilai ulang", createdById: user.id } });
  const refs = [
    { entity: "BlackoutWindow", entityId: blackout.id },
    { entity: "PerformanceRecord", entityId: performance.id },
    { entity: "DispersionJustification", entityId: justification.id },
  ];
  return { actor: actorFor(user, agency), refs, officialName: official.name };
}

describe("audit entity names", () => {
  it("names blackout windows, performance records and dispersion justifications of the caller's agency only", async () => {
    const a = await agencyWithRecords("Uji Nama A");
    const b = await agencyWithRecords("Uji Nama B");
    const names = await auditEntityNames(a.actor, [...a.refs, ...b.refs]);
    const [blackout, performance, justification] = a.refs.map((r) => names.get(`${r.entity}:${r.entityId}`));
    expect(blackout).toBe("Pilkada 1 Maret 2026 – 1 September 2026");
    expect(performance).toBe(`2025 ${a.officialName}`);
    expect(justification).toContain(a.officialName);
    expect(b.refs.map((r) => names.get(`${r.entity}:${r.entityId}`))).toEqual([undefined, undefined, undefined]);
  });
});
