// A round being scored: participants, a panel of accounts, everyone declared "no conflict".
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/server/users";
import { actorFor } from "./actor";
import { createAgency, createOfficial, createOrgUnit, createPosition, createUser } from "./master-data";
import { addPanelMember, addParticipant, addRoundPosition, createRound } from "./round";

export async function buildScoringRound(db: Db, { members = 5, participants = 3, declare = true }: { members?: number; participants?: number; declare?: boolean } = {}) {
  const agency = await createAgency(db);
  const bkd = actorFor(await createUser(db, { agencyId: agency.id, role: "BKD" }), agency);
  const sekda = actorFor(await createUser(db, { agencyId: agency.id, role: "SEKDA" }), agency);
  const unit = await createOrgUnit(db, { agencyId: agency.id });
  const round = await createRound(db, { agencyId: agency.id, status: "SCORING" });
  const participantIds: string[] = [];
  for (let i = 0; i < participants; i++) {
    const post = await createPosition(db, { agencyId: agency.id, orgUnitId: unit.id });
    const official = await createOfficial(db, { agencyId: agency.id, positionId: post.id, inauguratedOn: new Date("2020-01-01T00:00:00Z") });
    const rp = await addRoundPosition(db, { roundId: round.id, positionId: post.id });
    participantIds.push((await addParticipant(db, { roundId: round.id, officialId: official.id, roundPositionId: rp.id })).id);
  }
  const panel: { actor: Actor; seatId: string }[] = [];
  for (let i = 0; i < members; i++) {
    const user = await createUser(db, { agencyId: agency.id, role: "PANEL", name: `Penilai ${i + 1}` });
    const seat = await addPanelMember(db, { roundId: round.id, userId: user.id, internal: i % 3 === 0, role: i === 0 ? "KETUA" : "ANGGOTA" });
    panel.push({ actor: actorFor(user, agency), seatId: seat.id });
  }
  if (declare) {
    await db.conflictDeclaration.createMany({
      data: panel.flatMap((m) => participantIds.map((participantId) => ({ panelMemberId: m.seatId, participantId, hasConflict: false }))),
    });
  }
  return { agency, bkd, sekda, round, participantIds, panel };
}

/** Fills everything a round's results need: levels on every standard competency, a track record,
 * last year's performance, and every member's submitted sheets (`sheetScore(participantIndex,
 * memberIndex)` on 0-100, written straight to the rows). */
export async function completeRoundData(
  db: Db,
  world: Awaited<ReturnType<typeof buildScoringRound>>,
  sheetScore: (participant: number, member: number) => number = (p) => 60 + p * 5,
) {
  const config = await db.roundConfigVersion.findFirstOrThrow({ where: { roundId: world.round.id }, select: { id: true } });
  for (const [p, participantId] of world.participantIds.entries()) {
    const participant = await db.participant.findUniqueOrThrow({
      where: { id: participantId },
      select: { officialId: true, roundPosition: { select: { position: { select: { standards: { select: { code: true } } } } } } },
    });
    await db.assessmentResult.createMany({
      data: participant.roundPosition!.position.standards.map((s) => ({ participantId, competencyCode: s.code, level: 3 + (p % 3) * 0.5, source: "MANUAL" })),
    });
    await db.trackRecord.create({ data: { participantId, superiorScore: 80, peerScore: 75, subordinateScore: 70 } });
    await db.performanceRecord.create({ data: { officialId: participant.officialId, year: 2025, contractAchievement: 80 + p, skpRating: "BAIK" } });
    for (const [m, member] of world.panel.entries()) {
      for (const component of ["PAPER", "INTERVIEW"] as const) {
        await db.scoreSheet.create({
          data: { panelMemberId: member.seatId, participantId, component, configVersionId: config.id, status: "SUBMITTED", version: 1, revision: 1, score: sheetScore(p, m), submittedAt: new Date() },
        });
      }
    }
  }
}
