// The line of command between posts (atasan langsung): each post names at most one superior post.

/**
 * Whether making `superiorId` the direct superior of `postId` closes a loop, given each post's
 * current superior (`superiorOf`; a post missing from it has none). A post cannot be its own
 * superior, nor the superior of one of its own superiors.
 */
export function createsCycle(postId: string, superiorId: string, superiorOf: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  let current: string | null = superiorId;
  while (current !== null) {
    if (current === postId) return true;
    // A loop that does not pass through postId is stored data's problem, not this edit's.
    if (seen.has(current)) return false;
    seen.add(current);
    current = superiorOf.get(current) ?? null;
  }
  return false;
}
