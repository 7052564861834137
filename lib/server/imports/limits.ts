// Limits of one import (docs/decisions/0005-imports.md). 5 MB holds far more than 5,000 rows of
// officials or assessment results, so a file at either limit is a mistake (a whole archive, a
// wrong sheet), not a real delivery; both keep one commit's transaction short.

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;

const number = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

export function tooLargeMessage(bytes: number): string {
  // Rounded up, so a file just over the limit never reads as "5 MB".
  const megabytes = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `Ukuran berkas ${number.format(megabytes)} MB melebihi batas 5 MB. Bagi data menjadi beberapa berkas.`;
}

export function tooManyRowsMessage(): string {
  return `Berkas berisi lebih dari ${number.format(MAX_IMPORT_ROWS)} baris data; batasnya ${number.format(MAX_IMPORT_ROWS)} baris per impor. Bagi data menjadi beberapa berkas.`;
}

/** Bound on what an XLSX may inflate to (see zip-size.ts): 5,000 rows of 30 text columns inflate
 * to about 11 MB, so three times that is room for styles, never for a hundred thousand rows. */
export const MAX_XLSX_INFLATED_BYTES = 32 * 1024 * 1024;

export function tooLargeInflatedMessage(): string {
  return "Isi berkas XLSX terlalu besar setelah dibuka (lebih dari 32 MB): kemungkinan berisi jauh lebih dari 5.000 baris, lembar lain, atau gambar. Simpan hanya lembar data, atau gunakan CSV.";
}
