// Likely conflicts of interest between a panel member and the participants, suggested to the
// member before they declare (issue 5: the system suggests, the member decides).

export type ConflictHint = "SAME_PERSON" | "SAME_OPD" | "DIRECT_LINE" | "SAME_FAMILY_NAME";

export const CONFLICT_HINT_LABELS: Record<ConflictHint, string> = {
  SAME_PERSON: "Anda sendiri adalah peserta ini",
  SAME_OPD: "Berasal dari OPD yang sama dengan jabatan Anda",
  DIRECT_LINE: "Hubungan atasan–bawahan langsung, atau jabatan yang sama (pemangku atau Plt.)",
  SAME_FAMILY_NAME: "Nama keluarga sama",
};

// Academic and religious titles that precede or follow Indonesian names on decrees.
const TITLE = /^(prof|dr|drs|dra|ir|h|hj|kh|st|s\.\w+|m\.\w+|b\.\w+|a\.md|amd|ph\.?d|mba|mpa|mm|msi|mt|se|sh|sos|sp|ssos|skm|st|spd|mpd|mkes)$/i;

/** The family (last) name of an Indonesian name written with titles, lower-cased, or null when the
 * name has a single word (many Indonesians have one name: no family name to compare). */
export function familyName(fullName: string): string | null {
  const withoutDemo = fullName.replace(/\(.*?\)/g, " ");
  const beforeSuffixes = withoutDemo.split(",")[0] ?? "";
  const words = beforeSuffixes
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ""))
    .filter((w) => w.length > 0 && !TITLE.test(w) && !TITLE.test(`${w}.`));
  if (words.length < 2) return null;
  const last = words[words.length - 1]!.toLowerCase();
  return last.length >= 3 ? last : null;
}

export type MemberProfile = {
  name: string;
  /** The official behind an internal member's account, if known. */
  officialId: string | null;
  /** OPDs of the posts the internal member holds, definitively or as acting head (Plt). */
  orgUnitIds: readonly string[];
  /** Posts the member holds definitively or as acting head. */
  postIds: readonly string[];
  /** The direct superior posts of `postIds` (Position.superiorId). */
  superiorPostIds: readonly string[];
};

export type ParticipantProfile = {
  officialId: string;
  name: string;
  /** Every OPD the participant belongs to or applies for: the posts held, definitively or as
   * acting head, and (in an open selection) the post applied for. */
  orgUnitIds: readonly string[];
  /** Posts the participant holds definitively or as acting head. */
  postIds: readonly string[];
  /** The direct superior posts of `postIds` (Position.superiorId). */
  superiorPostIds: readonly string[];
};

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((id) => b.includes(id));

/** Reasons to suspect a conflict between `member` and `participant`; `[]` when none is visible. */
export function suggestConflicts(member: MemberProfile, participant: ParticipantProfile): ConflictHint[] {
  const hints: ConflictHint[] = [];
  if (member.officialId !== null && member.officialId === participant.officialId) hints.push("SAME_PERSON");
  if (overlaps(member.orgUnitIds, participant.orgUnitIds)) hints.push("SAME_OPD");
  // Direct superior or subordinate (DOMAIN.md: panel members declare such conflicts), through a
  // definitive or acting post; sharing one post (incumbent and Plt.) is as close.
  const directLine =
    overlaps(member.postIds, participant.postIds) ||
    overlaps(member.postIds, participant.superiorPostIds) ||
    overlaps(participant.postIds, member.superiorPostIds);
  if (directLine) hints.push("DIRECT_LINE");
  const a = familyName(member.name);
  if (a !== null && a === familyName(participant.name)) hints.push("SAME_FAMILY_NAME");
  return hints;
}
