// Fit of an official for a post and the rotation suggestion built on it (DOMAIN.md "Rotation
// suggestion"; issue 6 item 3; formula and weights in docs/decisions/0008). Advisory only: the
// head of region decides (UU 5/2014 art. 53).

import { assignmentTotal, optimalAssignment, type FitMatrix } from "./assignment";
import { defaultCompetencyStandard } from "./competency";
import { DEFAULT_PERFORMANCE_CUTOFFS } from "./nine-box";
import { jobPersonMatch } from "./scoring/jpm";
import { roundHalfUp } from "./scoring/round";

/**
 * Weights of the fit parts, summing to 100. The core JPM dominates because the competency standard
 * is the statutory yardstick of fit for a post (PermenPANRB 38/2017, job fit under PermenPANRB
 * 35/2020); technical competencies and performance refine it equally; the education field is a
 * yes/no signal, so it weighs least, enough to separate otherwise close candidates without letting
 * a diploma outweigh measured competence.
 */
export const FIT_WEIGHTS = { core: 60, technical: 15, education: 10, performance: 15 } as const;

/**
 * Performance part used when an official has no performance score: the middle of the nine-box
 * "meets expectation" band (60–<80 → 70), so a missing record neither helps nor sinks anyone.
 */
export const NEUTRAL_PERFORMANCE = (DEFAULT_PERFORMANCE_CUTOFFS.meets + DEFAULT_PERFORMANCE_CUTOFFS.above) / 2;

export type FitPost = {
  id: string;
  /** Competency code → required level: core and technical competencies of the post. */
  standard: Record<string, number>;
  /** Which keys of `standard` are technical competencies; the rest are core. */
  technicalCodes: string[];
  requiredEducationFields: string[];
  reservedForOpenSelection: boolean;
};

export type FitParts = {
  core: number;
  technical: number;
  education: number;
  performance: number;
  performanceIsNeutral: boolean;
};

export type FitScoreInput = {
  levels: Record<string, number>;
  post: Pick<FitPost, "standard" | "technicalCodes" | "requiredEducationFields">;
  educationField: string | null;
  performance: number | null;
};

/** 100 × Σ achieved / Σ standard over `codes`, a missing level counting 0, capped at 100. */
function matchPercent(levels: Record<string, number>, standard: Record<string, number>): number {
  const achieved = Object.fromEntries(Object.keys(standard).map((code) => [code, Object.hasOwn(levels, code) ? levels[code]! : 0]));
  return Math.min(100, jobPersonMatch(achieved, standard));
}

const sumOf = (standard: Record<string, number>) => Object.values(standard).reduce((a, b) => a + b, 0);
const normalise = (field: string) => field.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Fit of an official for a post on 0–100 (product rule, docs/decisions/0008):
 * fit = (60 × core + 15 × technical + 10 × education + 15 × performance) / 100, each part on
 * 0–100 and rounded half-up to 2 decimals, the fit too. core = JPM against the post's core
 * standard (the keys not technical; the default standard of level 4 when the post has none,
 * PermenPANRB 38/2017), capped at 100; technical = the same ratio over the technical
 * competencies, 100 when the post has none; a missing level counts 0 in both. education = 100
 * when the post requires no field or the official's field is one of them (trimmed,
 * case-insensitive), else 0. performance = the performance score, or NEUTRAL_PERFORMANCE (70)
 * when there is none. Example: core 85.71, technical 75, education 100, performance 76.5 →
 * 51.426 + 11.25 + 10 + 11.475 = 84.151 → 84.15.
 */
export function fitScore({ levels, post, educationField, performance }: FitScoreInput): { fit: number; parts: FitParts } {
  if (performance !== null && (!Number.isFinite(performance) || performance < 0 || performance > 100)) {
    throw new RangeError(`performance must be 0-100, got ${performance}`);
  }
  const technicalCodes = new Set(post.technicalCodes);
  const core: Record<string, number> = {};
  const technical: Record<string, number> = {};
  for (const [code, level] of Object.entries(post.standard)) (technicalCodes.has(code) ? technical : core)[code] = level;

  const coreStandard = sumOf(core) > 0 ? core : defaultCompetencyStandard();
  const fields = post.requiredEducationFields.map(normalise).filter((f) => f !== "");
  const parts: FitParts = {
    core: roundHalfUp(matchPercent(levels, coreStandard), 2),
    technical: sumOf(technical) > 0 ? roundHalfUp(matchPercent(levels, technical), 2) : 100,
    education: fields.length === 0 || (educationField !== null && fields.includes(normalise(educationField))) ? 100 : 0,
    performance: performance ?? NEUTRAL_PERFORMANCE,
    performanceIsNeutral: performance === null,
  };
  const weighted =
    FIT_WEIGHTS.core * parts.core +
    FIT_WEIGHTS.technical * parts.technical +
    FIT_WEIGHTS.education * parts.education +
    FIT_WEIGHTS.performance * parts.performance;
  return { fit: roundHalfUp(weighted / 100, 2), parts };
}

export type FitOfficial = {
  id: string;
  levels: Record<string, number>;
  educationField: string | null;
  performance: number | null;
  currentPostId: string | null;
  /** Under 2 years in the current post (UU 5/2014 art. 116). */
  tenureLocked: boolean;
  tenureExceptionReason: string | null;
};

/** A move the Sekda fixed: the official may only take `postId` (null = out of the assignment). */
export type LockedMove = { officialId: string; postId: string | null };

export type FitInput = { officials: FitOfficial[]; posts: FitPost[]; constraints?: { lockedMoves: LockedMove[] } };

export type FitMatrixResult = { matrix: (number | null)[][]; reasons: (string | null)[][] };

export const FORBIDDEN_REASONS = {
  reserved: "Jabatan dicadangkan untuk seleksi terbuka",
  tenure: "Belum 2 tahun menjabat (UU 5/2014 pasal 116) tanpa alasan pengecualian",
  tenureHeld: "Pemegang jabatan ini belum 2 tahun menjabat (UU 5/2014 pasal 116)",
  lockedOut: "Sekda mengunci pejabat ini di luar penempatan",
  lockedElsewhere: "Sekda mengunci pejabat ini ke jabatan lain",
  columnTaken: "Jabatan ini dikunci Sekda untuk pejabat lain",
} as const;

const blockedByTenure = (o: FitOfficial) => o.tenureLocked && !o.tenureExceptionReason?.trim();

/**
 * Fit matrix officials × posts (DOMAIN.md "Rotation suggestion"). A cell is null (forbidden), with
 * the first applicable reason in `reasons`, when: the post is reserved for open selection; the
 * official is tenure-locked (under 2 years, UU 5/2014 art. 116) without an exception reason and
 * the post is not their current post; the post is held by such an official and this is another
 * official (no replacement within 2 years, same article); the Sekda locked the official out or to another post; or
 * the Sekda locked another official to this post. Locks do not override the other rules. Throws
 * when an official has two locks or two officials are locked to the same post.
 */
export function buildFitMatrix(input: FitInput): FitMatrixResult {
  const locks = input.constraints?.lockedMoves ?? [];
  const rowLock = new Map<string, string | null>();
  const columnLock = new Map<string, string>();
  for (const { officialId, postId } of locks) {
    if (rowLock.has(officialId)) throw new RangeError(`official ${officialId} has two locked moves`);
    rowLock.set(officialId, postId);
    if (postId === null) continue;
    if (columnLock.has(postId)) throw new RangeError(`post ${postId} is locked for two officials`);
    columnLock.set(postId, officialId);
  }
  const heldUnderTenure = new Set<string>();
  for (const o of input.officials) if (blockedByTenure(o) && o.currentPostId !== null) heldUnderTenure.add(o.currentPostId);
  const matrix: (number | null)[][] = [];
  const reasons: (string | null)[][] = [];
  for (const official of input.officials) {
    const tenureBlocks = blockedByTenure(official);
    const cells = input.posts.map((post) => {
      const lockedTo = rowLock.get(official.id);
      const takenBy = columnLock.get(post.id);
      let reason: string | null = null;
      if (post.reservedForOpenSelection) reason = FORBIDDEN_REASONS.reserved;
      else if (tenureBlocks && post.id !== official.currentPostId) reason = FORBIDDEN_REASONS.tenure;
      else if (heldUnderTenure.has(post.id) && post.id !== official.currentPostId) reason = FORBIDDEN_REASONS.tenureHeld;
      else if (lockedTo === null) reason = FORBIDDEN_REASONS.lockedOut;
      else if (lockedTo !== undefined && lockedTo !== post.id) reason = FORBIDDEN_REASONS.lockedElsewhere;
      else if (takenBy !== undefined && takenBy !== official.id) reason = FORBIDDEN_REASONS.columnTaken;
      return { reason, fit: reason === null ? fitScore({ ...official, post }).fit : null };
    });
    matrix.push(cells.map((c) => c.fit));
    reasons.push(cells.map((c) => c.reason));
  }
  return { matrix, reasons };
}

export type ProposalFit = {
  /** Sum of the fits of the proposal's moves onto posts of the matrix; unrounded like the optimum's. */
  total: number;
  /** How many officials the proposal places on a post of the matrix. */
  assigned: number;
  /** Officials whose proposed post is a forbidden cell (not counted in the total). */
  forbidden: string[];
  /** Officials proposed for a post an earlier official (row order) already takes (not counted). */
  conflicts: string[];
};

/**
 * Total fit of a proposal (officialId → postId | null) on the same matrix, for the "proposal
 * beside the optimum" display (issue 6 item 3). Moves to posts outside the matrix (a move down to
 * an echelon-III post) and officials left out count 0, like unassigned rows of the optimum.
 */
export function proposalFit(
  { matrix }: Pick<FitMatrixResult, "matrix">,
  input: Pick<FitInput, "officials" | "posts">,
  proposal: Readonly<Record<string, string | null>>,
): ProposalFit {
  const column = new Map(input.posts.map((post, j) => [post.id, j]));
  const result: ProposalFit = { total: 0, assigned: 0, forbidden: [], conflicts: [] };
  const taken = new Set<number>();
  for (const [i, official] of input.officials.entries()) {
    const postId = Object.hasOwn(proposal, official.id) ? proposal[official.id] : null;
    const j = postId == null ? undefined : column.get(postId);
    if (j === undefined) continue;
    const cell = matrix[i]?.[j] ?? null;
    if (cell === null) result.forbidden.push(official.id);
    else if (taken.has(j)) result.conflicts.push(official.id);
    else {
      taken.add(j);
      result.total += cell;
      result.assigned += 1;
    }
  }
  return result;
}

export type Suggestion = FitMatrixResult & {
  /** officialId → suggested post id, or null when none is suggested. */
  suggestion: Record<string, string | null>;
  total: number;
  assigned: number;
};

/**
 * Rotation suggestion (DOMAIN.md "Rotation suggestion"): the fit matrix and `optimalAssignment`
 * over it, i.e. as many officials placed as possible, then the highest total fit; forbidden cells
 * are never used. `total` equals `assignmentTotal(matrix, optimalAssignment(matrix))`.
 */
export function suggestAssignment(input: FitInput): Suggestion {
  const built = buildFitMatrix(input);
  const assignment = optimalAssignment(built.matrix as FitMatrix);
  const suggestion = new Map<string, string | null>();
  for (const [i, official] of input.officials.entries()) {
    const j = assignment[i] ?? -1;
    suggestion.set(official.id, j === -1 ? null : input.posts[j]!.id);
  }
  return {
    ...built,
    suggestion: Object.fromEntries(suggestion),
    total: assignmentTotal(built.matrix, assignment),
    assigned: assignment.filter((j) => j !== -1).length,
  };
}
