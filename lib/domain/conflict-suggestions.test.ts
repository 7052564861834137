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
  const member = { name: "Drs. Agus Nugroho, M.M.", officialId: "o-1", orgUnitId: "opd-1", postIds: ["post-1"] };
  it("suggests every visible reason", () => {
    expect(suggestConflicts(member, { officialId: "o-2", name: "Darmawan Nugroho, S.E.", orgUnitId: "opd-1", postIds: ["post-1"] })).toEqual([
      "SAME_OPD",
      "DIRECT_LINE",
      "SAME_FAMILY_NAME",
    ]);
    expect(suggestConflicts(member, { officialId: "o-1", name: "Drs. Agus Nugroho, M.M.", orgUnitId: "opd-1", postIds: ["post-1"] })[0]).toBe("SAME_PERSON");
  });
  it("suggests nothing for an external member or an unrelated participant", () => {
    const external = { name: "Prof. Dr. Bambang Wiratmo", officialId: null, orgUnitId: null, postIds: [] };
    expect(suggestConflicts(external, { officialId: "o-2", name: "Hasan Syamsuddin", orgUnitId: "opd-2", postIds: ["post-2"] })).toEqual([]);
    expect(suggestConflicts(member, { officialId: "o-3", name: "Hasan Syamsuddin", orgUnitId: "opd-2", postIds: ["post-2"] })).toEqual([]);
  });
});
