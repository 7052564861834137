// A revision of a submitted sheet is not saved on the server until it is sent with its reason
// (a revision is one audited act, docs/decisions/0009), so its unsent work is kept in the
// browser's localStorage and offered back after a reload.
import { z } from "zod";
import { sheetWriteSchema } from "@/lib/schemas/panel";

export type RevisionDraft = { items: { criterion: string; value: number | null; note: string }[]; reason: string };
export type RevisionDraftKey = { owner: string; roundId: string; participantId: string; component: string; baseVersion: number };

const PREFIX = "lembar-revisi";

/** The storage prefix of one member's sheet (owner = the signed-in user, so a shared browser
 * never offers one member's work to another). */
export const revisionDraftPrefix = (k: Omit<RevisionDraftKey, "baseVersion">) => `${PREFIX}:${k.owner}:${k.roundId}:${k.participantId}:${k.component}:`;

/** Keyed by the version the revision started from: once the sheet has moved on (a revision sent
 * from another tab), the stored work no longer applies to it and is not restored. */
export const revisionDraftKey = (k: RevisionDraftKey) => `${revisionDraftPrefix(k)}v${k.baseVersion}`;

/** Entries of the same sheet left from older versions, to be removed. */
export const obsoleteRevisionKeys = (keys: readonly string[], k: RevisionDraftKey) => {
  const prefix = revisionDraftPrefix(k);
  const current = revisionDraftKey(k);
  return keys.filter((key) => key.startsWith(prefix) && key !== current);
};

/** Every stored revision draft, whoever's: removed at sign-out so a shared browser keeps none. */
export const allRevisionDraftKeys = (keys: readonly string[]) => keys.filter((key) => key.startsWith(`${PREFIX}:`));

/** The drafts of anyone but `owner`: removed once `owner` is signed in, for the sessions that
 * ended without a sign-out (expired, tab closed) on a shared browser. */
export const othersRevisionDraftKeys = (keys: readonly string[], owner: string) =>
  allRevisionDraftKeys(keys).filter((key) => !key.startsWith(`${PREFIX}:${owner}:`));

const stored = z.object({ items: sheetWriteSchema.shape.items, reason: z.string().max(2000) });

export const serializeRevisionDraft = (draft: RevisionDraft) => JSON.stringify(draft);

/** The stored draft laid over the rubric, or null when nothing usable is stored: storage is
 * client-controlled, so anything malformed, or naming criteria outside the rubric, is ignored. */
export function parseRevisionDraft(raw: string | null, criteria: readonly string[]): RevisionDraft | null {
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = stored.safeParse(json);
  if (!parsed.success) return null;
  const known = new Set(criteria);
  if (parsed.data.items.some((i) => !known.has(i.criterion))) return null;
  const items = criteria.map((code) => parsed.data.items.find((i) => i.criterion === code) ?? { criterion: code, value: null, note: "" });
  return { items, reason: parsed.data.reason };
}
