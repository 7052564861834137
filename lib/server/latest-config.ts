// The scoring rules (weights, rubric, JPM scheme, aggregation, dispersion threshold) are read from
// the round's latest configuration version, never from the copy on `Round` (ADR 0014): the copy
// serves the set-up screens, and a reader of it would decide with rules no version records. No
// "server-only" marker: it builds a query argument only, and the seed's code paths may use it.
import type { Prisma } from "@/lib/generated/prisma/client";

/** The nested read of a round's latest configuration version: `configVersions: latestConfig({...})`,
 * then `round.configVersions[0]!` (every round has version 1 from its creation). */
export function latestConfig<S extends Prisma.RoundConfigVersionSelect>(select: S) {
  return { orderBy: { version: "desc" as const }, take: 1, select };
}
