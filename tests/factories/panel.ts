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
