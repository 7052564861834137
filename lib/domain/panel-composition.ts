export type PanelCompositionProblem = "SIZE_OUT_OF_RANGE" | "EVEN_SIZE" | "INTERNAL_OVER_45_PERCENT";

export const MIN_PANEL_SIZE = 5;
export const MAX_PANEL_SIZE = 9;
/** Internal members may be at most this percentage of the panel. */
export const MAX_INTERNAL_PERCENT = 45;

export const PANEL_COMPOSITION_PROBLEM_LABELS: Record<PanelCompositionProblem, string> = {
  SIZE_OUT_OF_RANGE: "Jumlah anggota panitia seleksi harus 5 sampai 9 orang",
  EVEN_SIZE: "Jumlah anggota panitia seleksi harus ganjil",
  INTERNAL_OVER_45_PERCENT: "Anggota dari unsur internal melebihi 45% dari seluruh anggota panitia seleksi",
};

/**
 * Largest number of internal members a panel of `size` may have: ⌊45 % × size⌋ (5 → 2, 7 → 3,
 * 9 → 4), in integer arithmetic so 45 % never suffers from floating point.
 */
export function maxInternalMembers(size: number): number {
  if (!Number.isInteger(size) || size < 0) throw new RangeError("panel size must be a non-negative integer");
  return Math.floor((size * MAX_INTERNAL_PERCENT) / 100);
}

/**
 * Problems of a selection panel's (pansel) composition, every applicable one in this order:
 * `SIZE_OUT_OF_RANGE` (not 5–9 members), `EVEN_SIZE`, `INTERNAL_OVER_45_PERCENT` (internal members
 * above 45 %: with 7 members, 3 internal is fine and 4 is not). `[]` when valid. Rule: odd panel of
 * 5–9 with internal members at most 45 % (PermenPANRB 15/2019 on open, competitive filling of JPT;
 * DOMAIN.md "Panel composition").
 */
export function checkPanelComposition(members: readonly { internal: boolean }[]): PanelCompositionProblem[] {
  const problems: PanelCompositionProblem[] = [];
  const size = members.length;
  if (size < MIN_PANEL_SIZE || size > MAX_PANEL_SIZE) problems.push("SIZE_OUT_OF_RANGE");
  if (size % 2 === 0) problems.push("EVEN_SIZE");
  const internal = members.filter((member) => member.internal).length;
  if (internal > maxInternalMembers(size)) problems.push("INTERNAL_OVER_45_PERCENT");
  return problems;
}
