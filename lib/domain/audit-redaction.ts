// What a reader of the audit page is shown of an event (ADR 0012, "The audit page shows that, not
// what"). The rows keep every payload for an inspector reading the database; the page shows:
//   - to every reader, score-sheet events without the values (`score`, `items`): the oversight
//     views show those only once a participant's sheets are all in;
//   - to a reader without access to results (the system ADMIN manages users and has no business
//     with results), results data not at all: for the events below only the action, the entity,
//     the actor and the time, and for score-sheet events no reason either (a member explaining a
//     revision names the values). The BKD reads results and enters that data, so it sees it.

/** Events whose payload and reason are results data, by entity: the rotation proposal and its
 * moves (top 3 per post, the suggested assignment with its fit totals, the head's reasons for
 * passing over a rank), and the dispersion justifications (their text may quote the scores). */
const RESULTS_ENTITIES = new Set(["RotationProposal", "ProposedMove", "DispersionJustification"]);

/** …and by action, where the entity also has events that are not results data (a Round's set-up,
 * a Participant added): finalising and correcting (snapshots, a correction's reason), and the
 * participant data the results are computed from (assessment levels, track record, performance,
 * written test, an assessment-centre import). */
const RESULTS_ACTIONS = new Set([
  "ROUND_FINALISE",
  "RESULTS_CORRECT",
  "ASSESSMENT_SAVE",
  "TRACK_RECORD_SAVE",
  "PERFORMANCE_SAVE",
  "WRITTEN_TEST_SAVE",
  "IMPORT_ASSESSMENT",
]);

const SHEET_ENTITY = "ScoreSheet";
const SHEET_VALUE_KEYS = new Set(["score", "items"]);

export type AuditContent = { entity: string; action: string; before: unknown; after: unknown; reason: string | null };
export type AuditReader = { readsResults: boolean };
/** `withheld`: something of this event is not shown to this reader (the page says so). */
export type AuditContentShown = { before: unknown; after: unknown; reason: string | null; withheld: boolean };

export function isResultsEvent(entity: string, action: string): boolean {
  return RESULTS_ENTITIES.has(entity) || RESULTS_ACTIONS.has(action);
}

function withoutSheetValues(payload: unknown): unknown {
  if (payload === null || payload === undefined) return payload ?? null;
  // A payload of another shape is withheld whole rather than guessed at.
  if (typeof payload !== "object" || Array.isArray(payload)) return null;
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !SHEET_VALUE_KEYS.has(key)));
}

export function auditContentFor(event: AuditContent, reader: AuditReader): AuditContentShown {
  if (!reader.readsResults && isResultsEvent(event.entity, event.action)) {
    return { before: null, after: null, reason: null, withheld: true };
  }
  if (event.entity === SHEET_ENTITY) {
    const reason = reader.readsResults ? event.reason : null;
    return { before: withoutSheetValues(event.before), after: withoutSheetValues(event.after), reason, withheld: reason !== event.reason };
  }
  return { before: event.before ?? null, after: event.after ?? null, reason: event.reason, withheld: false };
}
