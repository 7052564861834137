// Results of a round: every score of every participant, the composite with its explanation, the
// nine-box and the ranking (issue 6, "Finalise results" and "Results view"; docs/decisions/0008).
// Pure: the service loads the round, calls this and stores the outcome as the snapshot.

import {
  isSuccessionPoolBox,
  nineBox,
  performanceBand,
  potentialBand,
  type NineBoxNumber,
  type PerformanceBand,
  type PerformanceCutoffs,
  type PotentialBand,
  type PotentialCutoffs,
} from "./nine-box";
import { rankParticipants, TOP_CANDIDATES_PER_POST } from "./ranking";
import type { Weights } from "./round-config";
import { COMPOSITE_COMPONENTS, compositeScore, weightsSumTo100, type CompositeComponent } from "./scoring/composite";
import { jobPersonMatch, jpmCategory, roundJpm, type JpmCategory, type JpmScheme } from "./scoring/jpm";
import { aggregatePanelScores, isDispersed, panelSpread, type PanelAggregationMethod } from "./scoring/panel";
import { performanceScore, type SkpRating } from "./scoring/performance";
import { roundHalfUp } from "./scoring/round";
import { trackRecordScore, type SanctionLevel } from "./scoring/track-record";

export type PanelScore = { memberId: string; score: number };

export type ParticipantInput = {
  id: string;
  nip: string;
  name: string;
  postId: string | null;
  postTitle: string | null;
  orgUnit: string | null;
  /** Competency code → required level: the participant's post standard, technical ones included. */
  standard: Record<string, number>;
  /** Competency code → achieved level from the assessment centre. */
  levels: Record<string, number>;
  /** Submitted sheet scores, 0–100. */
  paperScores: PanelScore[];
  interviewScores: PanelScore[];
  trackRecord: { superior: number | null; peers: number | null; subordinates: number | null; sanction: SanctionLevel } | null;
  /** The appraisal-year record (see `appraisalYearFor`). */
  performance: { year: number; contractAchievement: number; skpRating: SkpRating } | null;
  writtenTest: number | null;
};

export type RoundResultsInput = {
  weights: Weights;
  jpmScheme: JpmScheme;
  aggregation: PanelAggregationMethod;
  dispersionThreshold: number;
  participants: ParticipantInput[];
  potentialCutoffs?: PotentialCutoffs;
  performanceCutoffs?: PerformanceCutoffs;
};

export type Dispersion = { spread: number; flagged: boolean; count: number };

/** One line of the composite explanation: `contribution = weight × score / 100`. */
export type ContributionLine = {
  component: CompositeComponent;
  weight: number;
  score: number | null;
  contribution: number | null;
};

export type ParticipantResult = {
  id: string;
  nip: string;
  name: string;
  postId: string | null;
  postTitle: string | null;
  orgUnit: string | null;
  /** Unrounded JPM; may exceed 100 (over-achievement). Null when a standard competency has no level. */
  jpm: number | null;
  jpmRounded: number | null;
  jpmCategory: JpmCategory | null;
  /** True when the JPM is above 100 and the ASSESSMENT component counts 100. */
  assessmentCapped: boolean;
  components: Record<CompositeComponent, number | null>;
  dispersion: { PAPER: Dispersion; INTERVIEW: Dispersion };
  /** Weighted components without a score; a non-empty list means no composite and no rank. */
  missing: CompositeComponent[];
  /** Unrounded; round only for display (`compositeRounded`). */
  composite: number | null;
  compositeRounded: number | null;
  explanation: ContributionLine[];
  performanceBand: PerformanceBand | null;
  potentialBand: PotentialBand | null;
  nineBox: NineBoxNumber | null;
  isSuccessionPool: boolean;
  /** 1..n over the participants with a composite; null for the others. */
  rank: number | null;
};

export type RoundResults = {
  /** Ranked participants first (rank ascending), then those without a composite by name. */
  participants: ParticipantResult[];
  /** Post id → ids of its first TOP_CANDIDATES_PER_POST ranked participants, best first. */
  topByPost: Record<string, string[]>;
};

/**
 * JPM over the standard's keys (DOMAIN.md "JPM"), or null when it cannot be computed yet: an empty
 * or all-zero standard, or a standard competency without an achieved level.
 */
function jpmOf(levels: Record<string, number>, standard: Record<string, number>): number | null {
  const keys = Object.keys(standard);
  if (keys.length === 0 || keys.some((key) => !Object.hasOwn(levels, key))) return null;
  if (keys.reduce((sum, key) => sum + (standard[key] ?? 0), 0) <= 0) return null;
  return jobPersonMatch(levels, standard);
}

function dispersionOf(scores: readonly PanelScore[], threshold: number): Dispersion {
  const values = scores.map((s) => s.score);
  return { spread: panelSpread(values), flagged: isDispersed(values, threshold), count: values.length };
}

function trackRecordOf(record: ParticipantInput["trackRecord"]): number | null {
  if (!record) return null;
  const { superior, peers, subordinates, sanction } = record;
  if (superior === null && peers === null && subordinates === null) return null;
  return trackRecordScore({ superior, peers, subordinates }, sanction);
}

/**
 * One participant's scores (DOMAIN.md "Composite score", "Panel aggregate", "Dispersion flag",
 * "Nine-box"). The ASSESSMENT component is min(100, JPM): a JPM above 100 (achieved levels above
 * the standard) is reported as is but counts 100, as every component lies on 0–100.
 */
function participantResult(p: ParticipantInput, input: RoundResultsInput): Omit<ParticipantResult, "rank"> {
  const { weights, aggregation, dispersionThreshold } = input;
  const jpm = jpmOf(p.levels, p.standard);
  const paper = p.paperScores.map((s) => s.score);
  const interview = p.interviewScores.map((s) => s.score);
  const components: Record<CompositeComponent, number | null> = {
    ASSESSMENT: jpm === null ? null : Math.min(100, jpm),
    PAPER: paper.length === 0 ? null : aggregatePanelScores(paper, aggregation),
    INTERVIEW: interview.length === 0 ? null : aggregatePanelScores(interview, aggregation),
    TRACK_RECORD: trackRecordOf(p.trackRecord),
    PERFORMANCE: p.performance ? performanceScore(p.performance) : null,
    WRITTEN_TEST: p.writtenTest,
  };
  const weighted = COMPOSITE_COMPONENTS.filter((c) => weights[c] > 0);
  const missing = weighted.filter((c) => components[c] === null);
  const explanation = weighted.map((component): ContributionLine => {
    const score = components[component];
    const weight = weights[component];
    return { component, weight, score, contribution: score === null ? null : (weight * score) / 100 };
  });
  let composite: number | null = null;
  if (missing.length === 0) {
    const scores = Object.fromEntries(weighted.map((c) => [c, components[c] as number]));
    composite = compositeScore(scores, weights);
  }
  const perf = components.PERFORMANCE === null ? null : performanceBand(components.PERFORMANCE, input.performanceCutoffs);
  const potential = jpm === null ? null : potentialBand(jpm, input.potentialCutoffs);
  const box = perf && potential ? nineBox(perf, potential) : null;
  return {
    id: p.id,
    nip: p.nip,
    name: p.name,
    postId: p.postId,
    postTitle: p.postTitle,
    orgUnit: p.orgUnit,
    jpm,
    jpmRounded: jpm === null ? null : roundJpm(jpm),
    jpmCategory: jpm === null ? null : jpmCategory(jpm, input.jpmScheme),
    assessmentCapped: jpm !== null && jpm > 100,
    components,
    dispersion: {
      PAPER: dispersionOf(p.paperScores, dispersionThreshold),
      INTERVIEW: dispersionOf(p.interviewScores, dispersionThreshold),
    },
    missing,
    composite,
    compositeRounded: composite === null ? null : roundHalfUp(composite, 2),
    explanation,
    performanceBand: perf,
    potentialBand: potential,
    nineBox: box,
    isSuccessionPool: box !== null && isSuccessionPoolBox(box),
  };
}

function byNameThenIds(a: ParticipantResult, b: ParticipantResult): number {
  const byName = a.name.localeCompare(b.name, "id");
  if (byName !== 0) return byName;
  if (a.nip !== b.nip) return a.nip < b.nip ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Computes a round's results (issue 6; rules of DOMAIN.md "Composite score" to "Nine-box", decisions
 * in docs/decisions/0008): per participant the JPM and its category, the components (ASSESSMENT =
 * min(100, JPM), panel aggregates with the round's method, track record, performance, written
 * test), dispersion per panel component, the missing weighted components, the unrounded composite
 * with a step-by-step explanation, and the nine-box. Participants with a composite are ranked by
 * `rankParticipants` (tie-break: ASSESSMENT, then TRACK_RECORD, each 0 when not weighted, then
 * NIP); the others get rank null and follow, ordered by name. Per post the first 3 ranked are the
 * top candidates. Deterministic and independent of the input order. Throws (RangeError) on
 * weights that do not sum to 100, duplicate participant ids, or out-of-range data that the
 * scoring rules reject (validated upstream at entry).
 */
export function computeRoundResults(input: RoundResultsInput): RoundResults {
  if (!weightsSumTo100(input.weights)) throw new RangeError("weights must be non-negative and sum to exactly 100");
  const ids = new Set(input.participants.map((p) => p.id));
  if (ids.size !== input.participants.length) throw new RangeError("participant ids must be unique");

  const results = input.participants.map((p) => participantResult(p, input));
  const tieBreak = (r: Omit<ParticipantResult, "rank">, c: CompositeComponent) =>
    input.weights[c] > 0 ? (r.components[c] ?? 0) : 0;
  const ranked = rankParticipants(
    results
      .filter((r) => r.composite !== null)
      .map((r) => ({
        id: r.id,
        nip: r.nip,
        composite: r.composite as number,
        assessment: tieBreak(r, "ASSESSMENT"),
        trackRecord: tieBreak(r, "TRACK_RECORD"),
      })),
  );
  const byId = new Map(results.map((r) => [r.id, r]));
  const ordered: ParticipantResult[] = ranked.map(({ id, rank }) => ({ ...byId.get(id)!, rank }));
  const unranked = results.filter((r) => r.composite === null).map((r) => ({ ...r, rank: null }));
  ordered.push(...unranked.sort(byNameThenIds));

  // A Map, then fromEntries: post ids are data, and a plain object would mishandle "__proto__".
  const topByPost = new Map<string, string[]>();
  for (const r of ordered) {
    if (r.postId === null) continue;
    const top = topByPost.get(r.postId) ?? [];
    topByPost.set(r.postId, top);
    if (r.rank !== null && top.length < TOP_CANDIDATES_PER_POST) top.push(r.id);
  }
  return { participants: ordered, topByPost: Object.fromEntries(topByPost) };
}
