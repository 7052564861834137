// Gathers everything a round's results depend on and computes them with lib/domain/results.ts.
// No authorisation here and no "server-only" marker: the finalise service calls it after
// authorising, and the demo seed (run by tsx outside Next.js) builds its finalised round with the
// very same code. It only reads.
import { COMPOSITE_COMPONENT_LABELS } from "@/lib/domain/scoring/composite";
import type { Db } from "@/lib/db";
import { computeRoundResults, type ParticipantInput } from "@/lib/domain/results";
import { expectedSheets } from "@/lib/domain/expected-sheets";
import type { Rubric, Weights } from "@/lib/domain/round-config";
import { appraisalYearFor } from "@/lib/domain/scoring/performance";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/iso-date";

type Tx = Prisma.TransactionClient | Db;
const num = (d: Prisma.Decimal | null) => (d === null ? null : Number(d));
const AGGREGATION = { MEAN: "mean", TRIMMED: "trimmed" } as const;
// Inside a sentence ("Andi (makalah, Penilai 1)"), the users' word in lower case.
const componentWord = (c: "PAPER" | "INTERVIEW") => COMPOSITE_COMPONENT_LABELS[c].toLowerCase();

export async function loadResultsInputs(tx: Tx, roundId: string) {
  const round = await tx.round.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      id: true, type: true, referenceDate: true,
      configVersions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true, weights: true, rubric: true, jpmScheme: true, aggregationMethod: true, dispersionThreshold: true } },
      panel: { where: { userId: { not: null } }, select: { id: true, role: true, user: { select: { name: true } } } },
    },
  });
  const participants = await tx.participant.findMany({
    where: { roundId },
    select: {
      id: true, writtenTestScore: true, officialId: true,
      official: { select: { nip: true, name: true, performance: { select: { year: true, contractAchievement: true, skpRating: true } } } },
      roundPosition: { select: { positionId: true, position: { select: { title: true, orgUnit: { select: { name: true } }, standards: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, name: true, level: true } } } } } },
      assessments: { select: { competencyCode: true, level: true } },
      trackRecord: { select: { sanctionLevel: true, superiorScore: true, peerScore: true, subordinateScore: true } },
      conflicts: { where: { hasConflict: true }, select: { panelMemberId: true } },
      sheets: { select: { panelMemberId: true, component: true, status: true, score: true, revision: true } },
      justifications: { select: { component: true, text: true } },
    },
  });
  return { round, participants, config: round.configVersions[0]! };
}

export type ResultsInputs = Awaited<ReturnType<typeof loadResultsInputs>>;

/** What blocks finalising: sheets of the weighted panel components not yet submitted (per
 * participant, by non-conflicted scoring members), dispersion flags without the KETUA's
 * justification, and weighted components without a score.
 * Blind scoring (issue 5): a participant's dispersion is derived from their values, so it is
 * reported only once every expected sheet of that participant is in; before that only the
 * missing sheets (counts) are. `hidden` are the participants the reader may not see at all (a
 * KETUA's declared conflicts): they appear in no list. */
export function finaliseBlockers(inputs: ResultsInputs, results: ReturnType<typeof computeRoundResults>, hidden: ReadonlySet<string> = new Set()) {
  const weights = inputs.config.weights as Weights;
  const memberIds = inputs.round.panel.map((m) => m.id);
  const memberName = (id: string) => inputs.round.panel.find((m) => m.id === id)?.user?.name ?? "";
  const missingSheets: string[] = [];
  const complete = new Set<string>();
  for (const p of inputs.participants) {
    if (hidden.has(p.id)) continue;
    const missing = expectedSheets(weights, memberIds, p.conflicts.map((c) => c.panelMemberId))
      .filter((e) => !p.sheets.some((s) => s.panelMemberId === e.memberId && s.component === e.component && s.status === "SUBMITTED"))
      .map((e) => `${p.official.name} (${componentWord(e.component)}, ${memberName(e.memberId)})`);
    missingSheets.push(...missing);
    if (missing.length === 0) complete.add(p.id);
  }
  const shown = results.participants.filter((r) => !hidden.has(r.id));
  const unjustified = shown.flatMap((r) => {
    if (!complete.has(r.id)) return [];
    const p = inputs.participants.find((x) => x.id === r.id)!;
    return (["PAPER", "INTERVIEW"] as const).filter((c) => r.dispersion[c]?.flagged && !p.justifications.some((j) => j.component === c)).map((c) => `${r.name} (${componentWord(c)})`);
  });
  const incomplete = shown.filter((r) => r.composite === null).map((r) => `${r.name}: ${r.missing.map((c) => COMPOSITE_COMPONENT_LABELS[c]).join(", ")}`);
  return { missingSheets, unjustified, incomplete };
}

/** The results of the round as they stand, and the JSON stored as an immutable snapshot. */
export function computeSnapshot(inputs: ResultsInputs) {
  const { round, config } = inputs;
  const referenceDate = toIsoDate(round.referenceDate);
  const participants: ParticipantInput[] = inputs.participants.map((p) => {
    const conflicted = new Set(p.conflicts.map((c) => c.panelMemberId));
    const submitted = (component: "PAPER" | "INTERVIEW") =>
      p.sheets.filter((s) => s.component === component && s.status === "SUBMITTED" && !conflicted.has(s.panelMemberId)).map((s) => ({ memberId: s.panelMemberId, score: Number(s.score) }));
    const performance = appraisalYearFor(p.official.performance, referenceDate);
    return {
      id: p.id,
      nip: p.official.nip,
      name: p.official.name,
      postId: p.roundPosition?.positionId ?? null,
      postTitle: p.roundPosition?.position.title ?? null,
      orgUnit: p.roundPosition?.position.orgUnit.name ?? null,
      standard: Object.fromEntries((p.roundPosition?.position.standards ?? []).map((s) => [s.code, Number(s.level)])),
      levels: Object.fromEntries(p.assessments.map((a) => [a.competencyCode, Number(a.level)])),
      paperScores: submitted("PAPER"),
      interviewScores: submitted("INTERVIEW"),
      trackRecord: p.trackRecord
        ? { superior: num(p.trackRecord.superiorScore), peers: num(p.trackRecord.peerScore), subordinates: num(p.trackRecord.subordinateScore), sanction: p.trackRecord.sanctionLevel }
        : null,
      performance: performance ? { year: performance.year, contractAchievement: Number(performance.contractAchievement), skpRating: performance.skpRating } : null,
      writtenTest: num(p.writtenTestScore),
    };
  });
  const results = computeRoundResults({
    weights: config.weights as Weights,
    jpmScheme: config.jpmScheme,
    aggregation: AGGREGATION[config.aggregationMethod],
    dispersionThreshold: Number(config.dispersionThreshold),
    participants,
  });
  const data = {
    roundType: round.type,
    referenceDate,
    configVersion: config.version,
    weights: config.weights as Weights,
    rubric: config.rubric as Rubric,
    settings: { jpmScheme: config.jpmScheme, aggregationMethod: config.aggregationMethod, dispersionThreshold: Number(config.dispersionThreshold) },
    members: round.panel.map((m) => ({ id: m.id, name: m.user?.name ?? "", role: m.role })),
    standards: Object.fromEntries(inputs.participants.map((p) => [p.id, (p.roundPosition?.position.standards ?? []).map((s) => ({ code: s.code, name: s.name, level: Number(s.level) }))])),
    inputs: Object.fromEntries(
      participants.map((p) => [
        p.id,
        {
          officialId: inputs.participants.find((x) => x.id === p.id)!.officialId,
          levels: p.levels,
          paperScores: p.paperScores,
          interviewScores: p.interviewScores,
          trackRecord: p.trackRecord,
          performance: p.performance,
          writtenTest: p.writtenTest,
        },
      ]),
    ),
    justifications: Object.fromEntries(inputs.participants.map((p) => [p.id, p.justifications])),
    results,
  };
  return { results, data, configVersionId: config.id };
}

export type SnapshotData = ReturnType<typeof computeSnapshot>["data"];
