import { describe, expect, it } from "vitest";
import { parseResultsQuery, parseVersion, rankingHrefs, versionQuery } from "./results-query";

describe("parseVersion", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["1", 1],
    ["12", 12],
    ["0", 0], // no snapshot 0: the service answers "not found"
    ["abc", Number.NaN],
    ["1.5", Number.NaN],
    ["-1", Number.NaN],
    ["2abc", Number.NaN],
  ])("%j → %j", (versi, expected) => {
    expect(parseVersion(versi)).toEqual(expected);
  });
});

describe("parseResultsQuery", () => {
  it.each([
    [{}, { sort: "rank", dir: "asc", page: 1 }],
    [{ urut: "composite" }, { sort: "composite", dir: "desc", page: 1 }],
    [{ urut: "name", arah: "desc", halaman: "3" }, { sort: "name", dir: "desc", page: 3 }],
    [{ urut: "drop table", arah: "sideways", halaman: "-4" }, { sort: "rank", dir: "asc", page: 1 }],
    [{ halaman: "2.7" }, { sort: "rank", dir: "asc", page: 2 }],
  ])("%j → %j", (query, expected) => {
    expect(parseResultsQuery(query)).toMatchObject(expected);
  });

  it("maps the Indonesian filter names and drops empty ones", () => {
    expect(parseResultsQuery({ jabatan: "p1", opd: "", kategori: "MS", kotak: "9", versi: "2" })).toMatchObject({
      filters: { post: "p1", orgUnit: undefined, category: "MS", box: "9" },
      version: 2,
    });
  });
});

describe("rankingHrefs", () => {
  const { sortHref, pageHref } = rankingHrefs({ versi: "1", jabatan: "p1", urut: "name", arah: "asc", halaman: "2" }, "name", "asc");
  it("toggles the direction of the current sort, keeps filters and the version, and goes back to page 1", () => {
    expect(sortHref("name")).toBe("?versi=1&jabatan=p1&urut=name&arah=desc");
    expect(sortHref("composite")).toBe("?versi=1&jabatan=p1&urut=composite&arah=desc");
  });
  it("moves between pages keeping everything else", () => {
    expect(pageHref(3)).toBe("?versi=1&jabatan=p1&urut=name&arah=asc&halaman=3");
  });
  it("carries a version across pages", () => {
    expect(versionQuery(undefined)).toBe("");
    expect(versionQuery("2")).toBe("?versi=2");
  });
});
