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
  const member = { name: "Drs. Agus Nugroho, M.M.", officialId: "o-1", orgUnitId: "opd-1", postIds: ["post-1"], superiorPostIds: [] };
  it("suggests every visible reason", () => {
    expect(suggestConflicts(member, { officialId: "o-2", name: "Darmawan Nugroho, S.E.", orgUnitId: "opd-1", postIds: ["post-1"], superiorPostIds: [] })).toEqual([
      "SAME_OPD",
      "DIRECT_LINE",
      "SAME_FAMILY_NAME",
    ]);
    expect(suggestConflicts(member, { officialId: "o-1", name: "Drs. Agus Nugroho, M.M.", orgUnitId: "opd-1", postIds: ["post-1"], superiorPostIds: [] })[0]).toBe("SAME_PERSON");
  });
  it("suggests nothing for an external member or an unrelated participant", () => {
    const external = { name: "Prof. Dr. Bambang Wiratmo", officialId: null, orgUnitId: null, postIds: [], superiorPostIds: [] };
    expect(suggestConflicts(external, { officialId: "o-2", name: "Hasan Syamsuddin", orgUnitId: "opd-2", postIds: ["post-2"], superiorPostIds: [] })).toEqual([]);
    expect(suggestConflicts(member, { officialId: "o-3", name: "Hasan Syamsuddin", orgUnitId: "opd-2", postIds: ["post-2"], superiorPostIds: [] })).toEqual([]);
  });
});

describe("suggestConflicts: direct superior or subordinate (DIRECT_LINE)", () => {
  // Posts: asisten ← biro (its superior is asisten) ← kabag; dinas stands apart.
  const person = (postIds: string[], superiorPostIds: string[]) => ({ name: "Sukarno", officialId: `o-${postIds.join("-")}`, orgUnitId: null, postIds, superiorPostIds });
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
