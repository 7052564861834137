import { describe, expect, it } from "vitest";
import { fileNameFromContentDisposition } from "./content-disposition";

describe("fileNameFromContentDisposition", () => {
  it.each([
    // What lib/server/exports/response.ts sends: an ASCII fallback and the exact UTF-8 name.
    [`attachment; filename="peserta-uji_2026.xlsx"; filename*=UTF-8''peserta-uji%E2%80%942026.xlsx`, "peserta-uji—2026.xlsx"],
    [`attachment; filename="pejabat.xlsx"; filename*=UTF-8''pejabat.xlsx`, "pejabat.xlsx"],
    [`attachment; filename*=utf-8''Peserta%20Dinas%20Kesehatan.xlsx`, "Peserta Dinas Kesehatan.xlsx"],
    [`attachment; filename="templat \\"asesmen\\".xlsx"`, `templat "asesmen".xlsx`],
    [`attachment; filename=pejabat.xlsx`, "pejabat.xlsx"],
    [`attachment; filename="../../etc/passwd"`, ".._.._etc_passwd"],
    [`attachment; filename="cadangan.xlsx"; filename*=UTF-8''%E0%A4%A`, "cadangan.xlsx"], // malformed encoding
    [`attachment; filename="cadangan.xlsx"; filename*=ISO-8859-1''caf%E9.xlsx`, "cadangan.xlsx"],
    [`attachment`, null],
    [`attachment; filename=""`, null],
    [null, null],
  ])("%s → %s", (header, name) => {
    expect(fileNameFromContentDisposition(header)).toBe(name);
  });
});
