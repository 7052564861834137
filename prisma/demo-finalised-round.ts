// The demo's finalised job-fit round: every sheet in, one dispersed score justified by the KETUA,
// results frozen in a snapshot computed by the same code the "finalise" service uses. It gives the
// Sekda and the head something to review and decide on.
import { CORE_COMPETENCIES } from "@/lib/domain/competency";
import { jobFitEligibility } from "@/lib/domain/participant-eligibility";
import { DEFAULT_RUBRIC } from "@/lib/domain/round-config";
import { sheetScore } from "@/lib/domain/scoring/sheet";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromIsoDate, toIsoDate } from "@/lib/iso-date";
import { computeSnapshot, loadResultsInputs } from "@/lib/server/results/snapshot";
import type { seededRandom } from "@/tests/factories/random";
import { addPanelMember, addParticipant, addRoundPosition, createRound } from "@/tests/factories/round";
import { DEMO_PANEL } from "./demo-data";

type Tx = Prisma.TransactionClient;
type Random = ReturnType<typeof seededRandom>;

const REFERENCE_DATE = "2026-08-03";
const COMPONENTS = ["PAPER", "INTERVIEW"] as const;

export async function buildFinalisedDemoRound(
  tx: Tx,
  agencyId: string,
  posts: { id: string }[],
  incumbents: { id: string; inauguratedOn: Date | null }[],
  users: Map<string, string>,
  random: Random,
) {
  const round = await createRound(tx, {
    agencyId,
    name: "Uji Kompetensi JPT Pratama Gelombang I 2026 (Demo)",
    referenceDate: REFERENCE_DATE,
    status: "SCORING",
  });
  const participants: { id: string; officialId: string }[] = [];
  for (const [index, post] of posts.entries()) {
    const roundPosition = await addRoundPosition(tx, { roundId: round.id, positionId: post.id });
    const official = incumbents[index]!;
    const eligibility = jobFitEligibility({ inauguratedOn: official.inauguratedOn ? toIsoDate(official.inauguratedOn) : null, referenceDate: REFERENCE_DATE, blackouts: [] });
    const participant = await addParticipant(tx, {
      roundId: round.id,
      officialId: official.id,
      roundPositionId: roundPosition.id,
      eligible: eligibility.eligible,
      eligibilityReasons: eligibility.reasons,
      overrideReason: eligibility.eligible ? null : "Evaluasi kinerja atas arahan Gubernur (Demo)",
    });
    participants.push({ id: participant.id, officialId: official.id });
  }
  const seats: string[] = [];
  let chairId = "";
  for (const [index, member] of DEMO_PANEL.entries()) {
    const seat = await addPanelMember(tx, {
      roundId: round.id,
      userId: member.email ? (users.get(member.email) ?? null) : null,
      externalName: member.externalName ?? null,
      role: member.role,
      internal: member.internal,
      institution: member.institution,
      decreeNumber: `800.1.3/${310 + index}/BKD-Demo/2026`,
    });
    if (member.email) seats.push(seat.id);
    if (member.role === "KETUA") chairId = member.email ? users.get(member.email)! : "";
  }
  const config = await tx.roundConfigVersion.findFirstOrThrow({ where: { roundId: round.id }, select: { id: true } });

  for (const [index, participant] of participants.entries()) {
    await tx.assessmentResult.createMany({
      data: CORE_COMPETENCIES.map((code) => ({ participantId: participant.id, competencyCode: code, level: random.decimal(2.6, 4.6, 1), assessor: "UPT Penilaian Kompetensi Demo", assessedOn: fromIsoDate("2026-07-15"), source: "MANUAL" })),
    });
    const standards = await tx.competencyStandard.findMany({ where: { position: { roundPositions: { some: { participants: { some: { id: participant.id } } } } }, kind: "TECHNICAL" }, select: { code: true } });
    if (standards.length > 0) {
      await tx.assessmentResult.createMany({ data: standards.map((s) => ({ participantId: participant.id, competencyCode: s.code, level: random.decimal(2.5, 4.5, 1), source: "MANUAL" })) });
    }
    await tx.trackRecord.create({ data: { participantId: participant.id, superiorScore: random.decimal(65, 95), peerScore: random.decimal(65, 95), subordinateScore: random.decimal(60, 95), sanctionLevel: index === 7 ? "LIGHT" : "NONE" } });
    await tx.conflictDeclaration.createMany({ data: seats.map((panelMemberId) => ({ panelMemberId, participantId: participant.id, hasConflict: false })) });
    const base = random.int(2, 4);
    for (const panelMemberId of seats) {
      for (const component of COMPONENTS) {
        // One participant's paper splits the panel (a dispersion the KETUA must justify).
        const spread = index === 2 && component === "PAPER" ? (seats.indexOf(panelMemberId) === 0 ? 5 : 1) : null;
        const items = DEFAULT_RUBRIC[component].map((c) => ({ criterion: c.code, value: spread ?? Math.min(5, Math.max(1, base + random.int(0, 1))), note: "" }));
        const score = sheetScore(items, DEFAULT_RUBRIC[component]);
        const submittedAt = new Date("2026-08-20T03:00:00Z");
        await tx.scoreSheet.create({
          data: {
            panelMemberId, participantId: participant.id, component, configVersionId: config.id, status: "SUBMITTED", version: 2, revision: 1, score, submittedAt,
            items: { create: items.map((i) => ({ criterion: i.criterion, value: i.value, note: "" })) },
            revisions: { create: { revision: 1, items, score, submittedAt } },
          },
        });
      }
    }
    if (index === 2) {
      await tx.dispersionJustification.create({
        data: { roundId: round.id, participantId: participant.id, component: "PAPER", text: "Perbedaan penilaian atas kelayakan solusi; dibahas dalam rapat pleno pansel dan nilai dipertahankan (Demo).", createdById: chairId },
      });
    }
  }
  const { data, configVersionId } = computeSnapshot(await loadResultsInputs(tx, round.id));
  await tx.resultSnapshot.create({ data: { roundId: round.id, number: 1, configVersionId, data: JSON.parse(JSON.stringify(data)), createdById: users.get("bkd@demo.test")! } });
  await tx.round.update({ where: { id: round.id }, data: { status: "FINALISED", version: { increment: 1 } } });
}
