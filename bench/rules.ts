/**
 * Rules-engine benchmark (`npm run bench:rules`): medians over several runs of the national-scale
 * composite + ranking and of `optimalAssignment`, with the npm `linear-sum-assignment` solver as the
 * reference at the same sizes. Inputs come from a seeded PRNG so every run measures the same work.
 */
import { linearSumAssignment } from "linear-sum-assignment";
import { assignmentTotal, optimalAssignment } from "../lib/domain/assignment";
import { rankParticipants } from "../lib/domain/ranking";
import { compositeScore } from "../lib/domain/scoring/composite";

const RUNS = 7;
const SEED = 20_240_601;
const PARTICIPANTS = 16_500;
const SIZES = [100, 300, 500];
const WEIGHTS = { WRITTEN_TEST: 15, ASSESSMENT: 40, PAPER: 10, INTERVIEW: 20, TRACK_RECORD: 15 };

// mulberry32: small, fast, deterministic.
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const twoDecimals = (random: () => number, min: number, max: number) =>
  Math.round((min + random() * (max - min)) * 100) / 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(work: () => T): { ms: number; result: T } {
  work(); // warm-up, not counted
  const samples: number[] = [];
  let result = work();
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    result = work();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

function participants(random: () => number) {
  return Array.from({ length: PARTICIPANTS }, (_, i) => {
    const scores = Object.fromEntries(Object.keys(WEIGHTS).map((k) => [k, twoDecimals(random, 50, 100)]));
    const year = 1965 + Math.floor(random() * 30);
    const nip = `${year}0${1 + Math.floor(random() * 9)}1${Math.floor(random() * 9)}${year + 25}031${String(i % 1000).padStart(3, "0")}`;
    return { id: `p${i}`, nip, scores };
  });
}

function completeMatrix(random: () => number, size: number): number[][] {
  return Array.from({ length: size }, () => Array.from({ length: size }, () => twoDecimals(random, 0, 100)));
}

function sparseMatrix(random: () => number, size: number, forbiddenShare: number): (number | null)[][] {
  return completeMatrix(random, size).map((row) => row.map((cell) => (random() < forbiddenShare ? null : cell)));
}

const rows: string[][] = [];
const random = prng(SEED);

const people = participants(random);
const ranking = time(() =>
  rankParticipants(
    people.map((p) => ({
      id: p.id,
      nip: p.nip,
      composite: compositeScore(p.scores, WEIGHTS),
      assessment: p.scores.ASSESSMENT!,
      trackRecord: p.scores.TRACK_RECORD!,
    })),
  ),
);
rows.push([`composite + ranking, ${PARTICIPANTS.toLocaleString("en")} participants`, ranking.ms.toFixed(2), "—", "—", "—"]);

for (const size of SIZES) {
  const fit = completeMatrix(random, size);
  const ours = time(() => optimalAssignment(fit));
  const reference = time(() => Array.from(linearSumAssignment(fit, { maximaze: true }).rowAssignments));
  const delta = assignmentTotal(fit, ours.result) - assignmentTotal(fit, reference.result);
  rows.push([
    `optimalAssignment ${size}×${size}`,
    ours.ms.toFixed(2),
    reference.ms.toFixed(2),
    (reference.ms / ours.ms).toFixed(2),
    delta.toExponential(1),
  ]);
}

for (const size of SIZES) {
  const fit = sparseMatrix(random, size, 0.2);
  const ours = time(() => optimalAssignment(fit));
  rows.push([`optimalAssignment ${size}×${size}, 20 % null cells`, ours.ms.toFixed(2), "n/a", "—", "—"]);
}

const header = ["case", "ours (ms)", "reference (ms)", "reference / ours", "Δ total fit"];
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");

console.log(`Rules engine benchmark — median of ${RUNS} runs after one warm-up, seed ${SEED}, Node ${process.version}`);
console.log("reference = linear-sum-assignment 1.0.9 (complete matrices only; it cannot take null cells)");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows) console.log(line(row));
