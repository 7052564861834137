import { DEFAULT_RUBRIC, WEIGHT_PRESETS } from "@/lib/domain/round-config";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromIsoDate } from "@/lib/iso-date";

type Tx = Prisma.TransactionClient;

const JOB_FIT_WEIGHTS = WEIGHT_PRESETS.find((preset) => preset.key === "JOB_FIT")!.weights;

/** A round with its first configuration version (job-fit weights, default rubric). A round that
 * is already scoring gets that version frozen, as "start scoring" would. */
export async function createRound(
  tx: Tx,
  data: { agencyId: string; referenceDate?: string } & Partial<Omit<Prisma.RoundUncheckedCreateInput, "referenceDate">>,
) {
  const { referenceDate = "2026-11-02", ...rest } = data;
  const status = rest.status ?? "DRAFT";
  return tx.round.create({
    data: {
      type: "JOB_FIT",
      name: "Uji Kompetensi JPT Pratama",
      referenceDate: fromIsoDate(referenceDate),
      oversightMode: "RECOMMENDATION",
      oversightBodyName: "Badan Kepegawaian Negara",
      ...rest,
      status,
      configVersions: {
        create: {
          version: 1,
          weights: JOB_FIT_WEIGHTS,
          rubric: DEFAULT_RUBRIC,
          // The version holds the scoring rules results read; the round keeps a copy.
          jpmScheme: rest.jpmScheme,
          aggregationMethod: rest.aggregationMethod,
          dispersionThreshold: rest.dispersionThreshold,
          frozenAt: status === "DRAFT" ? null : new Date(),
        },
      },
    },
  });
}

export async function addRoundPosition(tx: Tx, data: Prisma.RoundPositionUncheckedCreateInput) {
  return tx.roundPosition.create({ data });
}

export async function addParticipant(
  tx: Tx,
  data: { roundId: string; officialId: string } & Partial<Prisma.ParticipantUncheckedCreateInput>,
) {
  return tx.participant.create({ data: { eligible: true, ...data } });
}

/** A panel seat, appointed by a decree (SK) as "start scoring" requires. */
export async function addPanelMember(
  tx: Tx,
  data: { roundId: string; internal: boolean } & Partial<Prisma.PanelMemberUncheckedCreateInput>,
) {
  return tx.panelMember.create({ data: { decreeNumber: "800.1.3/100/BKD/2026", ...data } });
}
