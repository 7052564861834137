// What the two commits (officials, assessment results) share.
import { AppError } from "@/lib/errors";
import type { ImportPreview } from "./types";

/** A commit of 5,000 rows takes seconds, not the 5 s Prisma allows an interactive transaction
 * by default. */
export const IMPORT_TRANSACTION = { maxWait: 10_000, timeout: 120_000 } as const;

export const CONCURRENT_CHANGE = "Data berubah saat impor berjalan; tidak ada yang disimpan. Periksa ulang berkas, lalu simpan lagi.";

/** The user commits the file they saw previewed, not one changed on disk in between. */
export function assertSameFile(preview: ImportPreview, expectedSha256: string | undefined) {
  if (expectedSha256 && expectedSha256 !== preview.sha256) {
    throw new AppError("CONFLICT", "Berkas berbeda dengan yang diperiksa; tidak ada yang disimpan. Klik Periksa lagi sebelum menyimpan.");
  }
}
