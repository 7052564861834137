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
  const member = { name: "Drs. Agus Nugroho, M.M.", officialId: "o-1", orgUnitIds: ["opd-1"], postIds: ["post-1"], superiorPostIds: [] };
  it("suggests every visible reason", () => {
    expect(suggestConflicts(member, { officialId: "o-2", name: "Darmawan Nugroho, S.E.", orgUnitIds: ["opd-1"], postIds: ["post-1"], superiorPostIds: [] })).toEqual([
      "SAME_OPD",
      "DIRECT_LINE",
      "SAME_FAMILY_NAME",
    ]);
    expect(suggestConflicts(member, { officialId: "o-1", name: "Drs. Agus Nugroho, M.M.", orgUnitIds: ["opd-1"], postIds: ["post-1"], superiorPostIds: [] })[0]).toBe("SAME_PERSON");
  });
  it("suggests nothing for an external member or an unrelated participant", () => {
    const external = { name: "Prof. Dr. Bambang Wiratmo", officialId: null, orgUnitIds: [], postIds: [], superiorPostIds: [] };
    expect(suggestConflicts(external, { officialId: "o-2", name: "Hasan Syamsuddin", orgUnitIds: ["opd-2"], postIds: ["post-2"], superiorPostIds: [] })).toEqual([]);
    expect(suggestConflicts(external, { officialId: "o-2", name: "Hasan Syamsuddin", orgUnitIds: [], postIds: [], superiorPostIds: [] })).toEqual([]);
    expect(suggestConflicts(member, { officialId: "o-3", name: "Hasan Syamsuddin", orgUnitIds: ["opd-2"], postIds: ["post-2"], superiorPostIds: [] })).toEqual([]);
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
    const hints = suggestConflicts({ ...member, orgUnitIds: memberUnits }, { officialId: "o-4", name: "Hasan Syamsuddin", orgUnitIds: participantUnits, postIds: [], superiorPostIds: [] });
    expect(hints.includes("SAME_OPD")).toBe(expected);
  });
});

describe("suggestConflicts: direct superior or subordinate (DIRECT_LINE)", () => {
  // Posts: asisten ← biro (its superior is asisten) ← kabag; dinas stands apart.
  const person = (postIds: string[], superiorPostIds: string[]) => ({ name: "Sukarno", officialId: `o-${postIds.join("-")}`, orgUnitIds: [], postIds, superiorPostIds });
  it.each([
    ["member is the participant's direct superior", person(["asisten"], []), person(["biro"], ["asisten"]), true],
    ["member is the participant's direct subordinate", person(["biro"], ["asisten"]), person(["asisten"], []), true],
    ["member is Plt. of the participant's superior post", person(["dinas", "asisten"], []), person(["biro"], ["asisten"]), true],
    ["participant is Plt. of the member's superior post", person(["biro"], ["asisten"]), person(["dinas", "asisten"], []), true],
    ["both hold the same post (one as Plt.)", person(["biro"], ["asisten"]), person(["biro"], ["asisten"]), true],
    ["two levels apart is not direct", person(["asisten"], []), person(["kabag"], ["biro"]), false],
    ["siblings under one superior", person(["biro"], ["asisten"]), person(["biro-lain"], ["asisten"]), false],
    ["member without a post", person([], []), person(["biro"], ["asisten"]), false],
    ["unrelated posts", person(["dinas"], []), person(["biro"], ["asisten"]), false],
  ])("%s", (_, member, participant, expected) => {
    expect(suggestConflicts(member, participant).includes("DIRECT_LINE")).toBe(expected);
  });
});
