import { describe, expect, it } from "vitest";
import { familyName, suggestConflicts } from "./conflict-suggestions";

describe("familyName", () => {
  it.each([
    ["Prof. Dr. Bambang Wiratmo, M.P.A. (Demo)", "wiratmo"],
    ["Dr. H. Suherman, M.Si.", null], // one name only
    ["Darmawan Nugroho, S.E., M.Si.", "nugroho"],
    ["Dra. Hj. Siti Aminah Siregar, M.Si.", "siregar"],
    ["Ir. Hendra Kusuma, M.T.", "kusuma"],
    ["Sukarno", null],
    ["Ani Li", null], // too short to suggest anything
  ])("%s → %s", (name, expected) => {
    expect(familyName(name)).toBe(expected);
  });
});

describe("suggestConflicts", () => {
  const member = { name: "Drs. Agus Nugroho, M.M.", officialId: "o-1", orgUnitIds: ["opd-1"], postIds: ["post-1"] };
  it("suggests every visible reason", () => {
    expect(suggestConflicts(member, { officialId: "o-2", name: "Darmawan Nugroho, S.E.", orgUnitIds: ["opd-1"], postIds: ["post-1"] })).toEqual([
      "SAME_OPD",
      "DIRECT_LINE",
      "SAME_FAMILY_NAME",
    ]);
    expect(suggestConflicts(member, { officialId: "o-1", name: "Drs. Agus Nugroho, M.M.", orgUnitIds: ["opd-1"], postIds: ["post-1"] })[0]).toBe("SAME_PERSON");
  });
  it("suggests nothing for an external member or an unrelated participant", () => {
    const external = { name: "Prof. Dr. Bambang Wiratmo", officialId: null, orgUnitIds: [], postIds: [] };
    expect(suggestConflicts(external, { officialId: "o-2", name: "Hasan Syamsuddin", orgUnitIds: ["opd-2"], postIds: ["post-2"] })).toEqual([]);
    expect(suggestConflicts(external, { officialId: "o-2", name: "Hasan Syamsuddin", orgUnitIds: [], postIds: [] })).toEqual([]);
    expect(suggestConflicts(member, { officialId: "o-3", name: "Hasan Syamsuddin", orgUnitIds: ["opd-2"], postIds: ["post-2"] })).toEqual([]);
  });
  // Every OPD on both sides counts: the member's own post and acting (Plt) posts; the participant's
  // own post, acting posts and, in an open selection, the post applied for.
  it.each([
    ["the member's own OPD is the applicant's own OPD (post applied for elsewhere)", ["opd-1"], ["opd-9", "opd-1"], true],
    ["the member's own OPD is the OPD of the post applied for", ["opd-1"], ["opd-1", "opd-9"], true],
    ["the member is Plt in the participant's OPD", ["opd-5", "opd-2"], ["opd-2"], true],
    ["the participant is Plt in the member's OPD", ["opd-5"], ["opd-7", "opd-5"], true],
    ["no OPD in common", ["opd-1", "opd-2"], ["opd-3", "opd-4"], false],
    ["the member holds no post", [], ["opd-1"], false],
    ["the participant's OPD is unknown", ["opd-1"], [], false],
  ] as const)("%s → SAME_OPD %s", (_label, memberUnits, participantUnits, expected) => {
    const hints = suggestConflicts({ ...member, orgUnitIds: memberUnits }, { officialId: "o-4", name: "Hasan Syamsuddin", orgUnitIds: participantUnits, postIds: [] });
    expect(hints.includes("SAME_OPD")).toBe(expected);
  });
});
