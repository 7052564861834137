/**
 * Shared mechanics of the workflow state machines: a transition table maps each status to the
 * actions allowed from it and the status each action leads to. Services apply a transition with a
 * conditional write on the `from` status (STYLE.md "Workflow and data"), so a lost race is a
 * conflict instead of a double transition.
 */
export type TransitionTable<S extends string, A extends string> = Record<S, Partial<Record<A, S>>>;

/**
 * The status `action` leads to from `from`, or `null` when the table does not allow it. Unknown
 * statuses or actions (e.g. a stale value read from the database, or "toString") are denied.
 */
export function transition<S extends string, A extends string>(
  table: TransitionTable<S, A>,
  from: S,
  action: A,
): S | null {
  if (!Object.hasOwn(table, from)) return null;
  const row: Partial<Record<A, S>> = table[from];
  if (!Object.hasOwn(row, action)) return null;
  return row[action] ?? null;
}

/** Actions allowed from `from`, in table order; `[]` for a terminal or unknown status. */
export function actionsFrom<S extends string, A extends string>(table: TransitionTable<S, A>, from: S): A[] {
  if (!Object.hasOwn(table, from)) return [];
  return Object.keys(table[from]) as A[];
}
