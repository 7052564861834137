import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { ParticipantResult } from "@/lib/domain/results";
import { resultsForReader } from "@/lib/domain/results-for-reader";
import { RESULTS_PAGE_SIZE } from "@/lib/paging";
import { defaultDir, type ResultsFilters, type SortKey } from "@/lib/results-query";
import { assertResultsReader } from "@/lib/server/panel/access";
import type { Actor } from "@/lib/server/users";
import { computeSnapshot, finaliseBlockers, loadResultsInputs, type SnapshotData } from "./snapshot";

/** The snapshot history (metadata only) and the data of the chosen one, latest by default: the
 * data is ~3 kB per participant, so only one is ever read. */
async function snapshotOf(roundId: string, number?: number) {
  const snapshots = await db.resultSnapshot.findMany({
    where: { roundId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, reason: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  // An unknown version is an error, never silently the latest (or "not finalised yet"): a reader
  // following a link to snapshot n must not take other numbers for it.
  const chosen = number === undefined ? snapshots[0] : snapshots.find((s) => s.number === number);
  if (number !== undefined && !chosen) throw new AppError("NOT_FOUND", "Versi hasil tidak ditemukan.");
  const data = chosen ? (await db.resultSnapshot.findUniqueOrThrow({ where: { id: chosen.id }, select: { data: true } })).data : null;
  return {
    chosen: chosen ? { number: chosen.number, reason: chosen.reason, createdAt: chosen.createdAt.toISOString(), createdBy: chosen.createdBy.name, data: data as unknown as SnapshotData } : null,
    latestNumber: snapshots[0]?.number ?? null,
    history: snapshots.map((s) => ({ number: s.number, reason: s.reason, createdAt: s.createdAt.toISOString(), createdBy: s.createdBy.name })),
  };
}

function sortValue(row: ParticipantResult, key: SortKey): number | string | null {
  if (key === "rank") return row.rank;
  if (key === "name") return row.name;
  if (key === "composite") return row.composite;
  if (key === "jpm") return row.jpm;
  return row.components[key];
}

/** Sorted with missing values last whatever the direction, then by rank: a total order. */
function sortRows(rows: ParticipantResult[], key: SortKey, dir: "asc" | "desc") {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? (a.rank ?? 1e9) - (b.rank ?? 1e9) : x === null ? 1 : -1;
    if (x !== y) return (typeof x === "string" ? x.localeCompare(String(y), "id") : x - (y as number)) * sign;
    return (a.rank ?? 1e9) - (b.rank ?? 1e9);
  });
}

/** The round's results from its latest (or a chosen) snapshot; before finalising, what still
 * blocks it. Confidential: BKD, Sekda, head, and the round's KETUA, who sees nothing of the
 * participants they declared a conflict with (`withheld` counts them): not their rows, nor the
 * place their rank would leave (`rankAmongVisible`: ranks re-numbered over the rows shown), nor
 * the top 3 of a post they compete for (`withheld` on that post). The snapshot's data stays here:
 * it holds everyone. */
export async function getResults(actor: Actor, roundId: string, filters: ResultsFilters = {}, snapshotNumber?: number) {
  const { isChair, hiddenFromChair } = await assertResultsReader(db, actor, roundId);
  const round = await db.round.findUniqueOrThrow({ where: { id: roundId }, select: { id: true, name: true, type: true, status: true } });
  const { chosen, latestNumber, history } = await snapshotOf(roundId, snapshotNumber);
  const withheld = hiddenFromChair.size;
  if (!chosen) {
    const inputs = await loadResultsInputs(db, roundId);
    const blockers = round.status === "SCORING" ? finaliseBlockers(inputs, computeSnapshot(inputs).results, hiddenFromChair) : null;
    return { round, isChair, withheld, snapshot: null, rankAmongVisible: false, latestNumber, history, blockers, rows: [], total: 0, all: [], options: null, topByPost: [] };
  }
  const shown = resultsForReader(chosen.data.results, hiddenFromChair);
  const all = shown.participants;
  const sort = filters.sort ?? "rank";
  const filtered = sortRows(
    all.filter(
      (r) =>
        (!filters.post || r.postId === filters.post) &&
        (!filters.orgUnit || r.orgUnit === filters.orgUnit) &&
        (!filters.category || r.jpmCategory === filters.category) &&
        (!filters.box || String(r.nineBox) === filters.box),
    ),
    sort,
    filters.dir ?? defaultDir(sort),
  );
  const page = Math.max(1, filters.page ?? 1);
  const rows = filtered.slice((page - 1) * RESULTS_PAGE_SIZE, page * RESULTS_PAGE_SIZE);
  const byId = new Map(all.map((r) => [r.id, r]));
  const posts = [...new Map(all.filter((r) => r.postId).map((r) => [r.postId!, r.postTitle ?? ""])).entries()].sort((a, b) => a[1].localeCompare(b[1], "id"));
  return {
    round,
    isChair,
    withheld,
    snapshot: { number: chosen.number, reason: chosen.reason, createdAt: chosen.createdAt, createdBy: chosen.createdBy, configVersion: chosen.data.configVersion, weights: chosen.data.weights },
    rankAmongVisible: shown.rankAmongVisible,
    latestNumber,
    history,
    blockers: null,
    rows,
    total: filtered.length,
    all,
    options: {
      posts: posts.map(([id, title]) => ({ value: id, label: title })),
      orgUnits: [...new Set(all.map((r) => r.orgUnit).filter((o): o is string => Boolean(o)))].sort().map((o) => ({ value: o, label: o })),
      categories: [...new Set(all.map((r) => r.jpmCategory).filter((c): c is NonNullable<typeof c> => Boolean(c)))],
      boxes: [...new Set(all.map((r) => r.nineBox).filter((b): b is NonNullable<typeof b> => b !== null))].sort(),
    },
    // Every post of the snapshot, whatever page of the ranking is shown: the head picks among a
    // post's top 3 (DOMAIN.md "Ranking"), computed over the whole round when it was finalised.
    topByPost: posts.map(([id, title]) => {
      const top = shown.topByPost[id];
      return { postId: id, title, withheld: top === null, top: (top ?? []).flatMap((pid) => byId.get(pid) ?? []) };
    }),
  };
}

/** One participant's numbers from the snapshot, with what they were computed from. */
export async function getParticipantExplanation(actor: Actor, roundId: string, participantId: string, snapshotNumber?: number) {
  const { hiddenFromChair } = await assertResultsReader(db, actor, roundId);
  if (hiddenFromChair.has(participantId)) throw new AppError("FORBIDDEN", "Anda menyatakan konflik kepentingan dengan peserta ini; hasilnya tidak ditampilkan.");
  const { chosen, latestNumber } = await snapshotOf(roundId, snapshotNumber);
  // The rank as the results page shows it to this reader (re-numbered when some are hidden).
  const shown = chosen ? resultsForReader(chosen.data.results, hiddenFromChair) : null;
  const result = shown?.participants.find((p) => p.id === participantId);
  if (!chosen || !shown || !result) throw notFound("Hasil peserta");
  const data = chosen.data;
  const inputs = data.inputs[participantId]!;
  const memberName = (id: string) => data.members.find((m) => m.id === id)?.name ?? "";
  return {
    snapshot: { number: chosen.number, createdAt: chosen.createdAt },
    latestNumber,
    weights: data.weights,
    settings: data.settings,
    result,
    rankAmongVisible: shown.rankAmongVisible,
    standard: data.standards[participantId] ?? [],
    levels: inputs.levels,
    paperScores: inputs.paperScores.map((s) => ({ ...s, memberName: memberName(s.memberId) })),
    interviewScores: inputs.interviewScores.map((s) => ({ ...s, memberName: memberName(s.memberId) })),
    trackRecord: inputs.trackRecord,
    performance: inputs.performance,
    writtenTest: inputs.writtenTest,
    justifications: data.justifications[participantId] ?? [],
  };
}
