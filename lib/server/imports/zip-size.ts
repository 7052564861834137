// An XLSX is a zip archive, and exceljs inflates a whole workbook in memory: a 5 MB upload of
// highly repetitive cells can expand a hundredfold and take gigabytes before the row limit is
// ever counted. The archive's central directory states every entry's inflated size, so a file
// that would expand past a bound is refused before exceljs sees it. This reads only that
// directory (APPNOTE.TXT 4.3.12, 4.3.16), never the spreadsheet itself.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** Sum of the entries' declared inflated sizes, `Infinity` for ZIP64 archives (whose sizes do not
 * fit these fields: far beyond any import), or `null` when the bytes are not a zip archive. */
export function declaredInflatedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (entries === 0xffff || at === 0xffffffff) return Infinity;
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
