// The autosave bookkeeping of a score sheet's draft, kept pure so the rules below are unit-tested.
//
// Edits are counted rather than flagged: a save started at edit N only proves edits up to N are
// stored, so edits made while the request is in flight keep the draft dirty and are saved next.
// A single boolean "dirty" cleared on success silently dropped them (and reported "saved").

export type DraftSync = {
  /** Edits made in this tab so far. */
  edits: number;
  /** The edit count the last successful save contained. */
  saved: number;
  /** The edit count the save in flight contains, or null when none is. */
  inFlight: number | null;
  /** The sheet version the next write must expect (optimistic concurrency, docs/decisions/0009). */
  version: number;
  /** Set once the server reports the sheet changed elsewhere (or was submitted): saving stops,
   * because every further write would be refused and overwriting the other tab is what the
   * version check exists to prevent. */
  stale: boolean;
  /** When the last save succeeded (shown to the user), or null before the first. */
  savedAt: string | null;
};

export const initialDraftSync = (version: number): DraftSync => ({ edits: 0, saved: 0, inFlight: null, version, stale: false, savedAt: null });

export const edited = (s: DraftSync): DraftSync => ({ ...s, edits: s.edits + 1 });

export const saveStarted = (s: DraftSync): DraftSync => ({ ...s, inFlight: s.edits });

export const saveSucceeded = (s: DraftSync, version: number, savedAt: string): DraftSync => ({
  ...s,
  saved: s.inFlight ?? s.saved,
  inFlight: null,
  version,
  savedAt,
});

export const saveFailed = (s: DraftSync, stale: boolean): DraftSync => ({ ...s, inFlight: null, stale: s.stale || stale });

/** Whether the tab holds edits no successful save contains. */
export const isDirty = (s: DraftSync) => s.edits !== s.saved;

/** Whether a save should be scheduled now: one at a time, so each carries the version the
 * previous one returned and a tab never reports its own earlier save as a conflict. */
export const shouldAutosave = (s: DraftSync) => isDirty(s) && s.inFlight === null && !s.stale;

/** The status line beside the submit button. "Saved" is claimed only when nothing is unsaved. */
export function draftStatus(s: DraftSync, { storedDraft }: { storedDraft: boolean }): string {
  if (s.stale) return "";
  if (s.inFlight !== null) return "Menyimpan draf…";
  if (isDirty(s)) return "Ada perubahan yang belum tersimpan.";
  if (s.savedAt) return `Draf tersimpan otomatis pukul ${s.savedAt}.`;
  return storedDraft ? "Draf tersimpan." : "";
}
