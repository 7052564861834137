/**
 * Rotation suggestion solver (DOMAIN.md "Rotation suggestion"): which official (row) to suggest for
 * which post (column). Why a solver of our own rather than `linear-sum-assignment`: that package
 * is a correct Jonker–Volgenant solver for complete matrices but stops at the first row it cannot
 * augment, so it cannot handle forbidden (`null`) cells, and it has no notion of "as many rows as
 * possible first": [[5,∅,∅],[∅,∅,1],[3,∅,∅]] gives [0,−1,−1] where [0,2,−1] is optimal (∅ = forbidden).
 * Pricing forbidden cells with a "big M" would work but loses decimal precision as M grows. The
 * package stays the reference solver in the tests and in bench/rules.ts.
 *
 * Method: successive shortest augmenting paths (the Jonker–Volgenant / Hungarian scheme) for a
 * min-cost flow with cost −fit, run from ALL still-unassigned rows at once (a virtual source).
 * Each phase augments along the globally cheapest path, so after k phases the matching is a
 * maximum-fit matching of size k; the search stops when no unassigned row can reach a free
 * column, i.e. at maximum cardinality, giving the lexicographic optimum (most rows, then most fit)
 * without any "big M" bonus that would swamp decimal fits in floating point. Dijkstra runs on
 * reduced costs kept non-negative by row/column potentials. O(min(n, m) · n · m) worst case;
 * forbidden cells are simply absent edges.
 */

export type FitMatrix = readonly (readonly (number | null)[])[];

function validate(fit: FitMatrix): number {
  const columns = fit[0]?.length ?? 0;
  for (const [i, row] of fit.entries()) {
    if (row.length !== columns) throw new RangeError(`row ${i} has ${row.length} cells, expected ${columns}`);
    for (const cell of row) {
      if (cell !== null && !Number.isFinite(cell)) throw new RangeError(`row ${i} has a non-finite fit ${cell}`);
    }
  }
  return columns;
}

/**
 * Optimal rotation suggestion (DOMAIN.md "Rotation suggestion": maximise total fit, Hungarian
 * algorithm or min-cost flow; advisory only, the head of region decides under UU 5/2014 art. 53).
 * For each row (official) returns the column (post) index, or −1 when unassigned: first as many
 * rows assigned as possible, then the maximum total fit among those; `null` cells are never used.
 * Rectangular matrices are allowed both ways. Fits may be any finite numbers, negative included: a
 * negative fit still beats leaving a row unassigned (use `null` to forbid a pair). Ties are broken
 * deterministically. Throws on ragged rows or non-finite fits.
 */
export function optimalAssignment(fit: FitMatrix): number[] {
  const n = fit.length;
  const m = validate(fit);
  const rowCol = new Int32Array(n).fill(-1);
  if (n === 0 || m === 0) return Array.from(rowCol);

  // cost = −fit; Infinity marks a forbidden cell (no edge).
  const cost = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const row = fit[i]!;
    for (let j = 0; j < m; j++) {
      const cell = row[j];
      cost[i * m + j] = cell === null || cell === undefined ? Number.POSITIVE_INFINITY : -cell;
    }
  }

  // Potentials: reduced cost of an edge i→j is cost + rowPot[i] − colPot[j] ≥ 0. Unassigned rows
  // sit at distance 0 from the virtual source in every phase, so their potential stays 0; free
  // columns are all shifted by the same amount each phase, so they keep one common potential.
  const rowPot = new Float64Array(n);
  const colPot = new Float64Array(m);
  const colRow = new Int32Array(m).fill(-1);
  const free = new Uint8Array(n).fill(1);
  // Cheapest edge from any unassigned row into each column, and that row.
  const bestCost = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const bestRow = new Int32Array(m).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const c = cost[i * m + j]!;
      if (c < bestCost[j]!) {
        bestCost[j] = c;
        bestRow[j] = i;
      }
    }
  }
  // All free columns must share one potential (so the nearest free column in reduced distance is
  // the nearest in real distance), just as all free rows share 0; start every column at the lowest
  // cost, which keeps every reduced cost non-negative.
  let lowest = Number.POSITIVE_INFINITY;
  for (let j = 0; j < m; j++) lowest = Math.min(lowest, bestCost[j]!);
  colPot.fill(Number.isFinite(lowest) ? lowest : 0);

  const dist = new Float64Array(m);
  const predRow = new Int32Array(m);
  const done = new Uint8Array(m);
  const todo = new Int32Array(m); // unsettled columns, compacted by swap-remove
  const phases = Math.min(n, m);

  for (let phase = 0; phase < phases; phase++) {
    // Dijkstra over columns until the nearest free column is settled; the relaxation pass also
    // finds the next column to settle, so each step is one sweep over the unsettled columns.
    let open = m;
    let nextAt = -1;
    let nextDist = Number.POSITIVE_INFINITY;
    for (let j = 0; j < m; j++) {
      const d = bestCost[j]! - colPot[j]!;
      dist[j] = d;
      predRow[j] = bestRow[j]!;
      done[j] = 0;
      todo[j] = j;
      if (d < nextDist) {
        nextDist = d;
        nextAt = j;
      }
    }
    let sink = -1;
    while (nextAt !== -1) {
      const next = todo[nextAt]!;
      todo[nextAt] = todo[--open]!;
      done[next] = 1;
      const owner = colRow[next]!;
      if (owner === -1) {
        sink = next;
        break;
      }
      // The matched edge owner→next is tight, so the owner row is at the same distance.
      const base = nextDist + rowPot[owner]!;
      const offset = owner * m;
      nextAt = -1;
      nextDist = Number.POSITIVE_INFINITY;
      for (let k = 0; k < open; k++) {
        const j = todo[k]!;
        let d = dist[j]!;
        const candidate = base + cost[offset + j]! - colPot[j]!;
        if (candidate < d) {
          d = candidate;
          dist[j] = candidate;
          predRow[j] = owner;
        }
        if (d < nextDist) {
          nextDist = d;
          nextAt = k;
        }
      }
    }
    if (sink === -1) break; // no unassigned row can reach a free column: maximum cardinality

    const sinkDist = dist[sink]!;
    for (let j = 0; j < m; j++) {
      const shift = done[j] !== 0 ? dist[j]! : sinkDist;
      colPot[j]! += shift;
      const owner = colRow[j]!;
      if (owner !== -1) rowPot[owner]! += shift;
    }

    // Flip the path back from the sink to the unassigned row it started from.
    let column = sink;
    let source = -1;
    while (column !== -1) {
      const row = predRow[column]!;
      const previous = rowCol[row]!;
      rowCol[row] = column;
      colRow[column] = row;
      if (previous === -1) source = row;
      column = previous;
    }
    free[source] = 0;
    refreshBest(source);
  }
  return Array.from(rowCol);

  // The row just assigned no longer feeds the virtual source; recompute the columns it was best for.
  function refreshBest(leaving: number): void {
    for (let j = 0; j < m; j++) {
      if (bestRow[j] !== leaving) continue;
      let bestValue = Number.POSITIVE_INFINITY;
      let best = -1;
      for (let i = 0; i < n; i++) {
        if (free[i] === 0) continue;
        const c = cost[i * m + j]!;
        if (c < bestValue) {
          bestValue = c;
          best = i;
        }
      }
      bestCost[j] = bestValue;
      bestRow[j] = best;
    }
  }
}

/** Total fit of an assignment (−1 entries skipped); throws if it uses a `null` cell or a column twice. */
export function assignmentTotal(fit: FitMatrix, assignment: readonly number[]): number {
  const used = new Set<number>();
  let total = 0;
  for (const [i, j] of assignment.entries()) {
    if (j === -1) continue;
    const cell = fit[i]?.[j];
    if (cell === null || cell === undefined) throw new RangeError(`row ${i} is assigned to a forbidden cell ${j}`);
    if (used.has(j)) throw new RangeError(`column ${j} is assigned twice`);
    used.add(j);
    total += cell;
  }
  return total;
}
