import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { officialData, officialSnapshot } from "@/lib/server/official-writes";
import { checkOfficialRow, titleKey, type CheckedOfficialRow, type PostRef } from "./official-rows";
import { OFFICIAL_COLUMNS, OFFICIAL_HEADERS, type OfficialColumnKey } from "./official-columns";
import { readSheet } from "./spreadsheet";
import { summarise, type ImportPreview, type ImportUpload, type PreviewRow } from "./types";

type Tx = Prisma.TransactionClient;
type Snapshot = ReturnType<typeof officialSnapshot>;

const OFFICIAL_FIELDS = {
  id: true, nip: true, name: true, birthDate: true, sex: true, rank: true, educationLevel: true, educationField: true,
  positionId: true, jobTitle: true, inauguratedOn: true, administratorSince: true, relevantExperienceSince: true,
  sanctionLevel: true, status: true,
} as const;

export type PlannedOfficial = PreviewRow & {
  /** The row as the form's service would write it (only for a row without issues). */
  data: ReturnType<typeof officialData> | null;
  existing: { id: string; positionId: string | null } | null;
  /** Changed fields only: what an inspector needs to replay or undo the update. */
  diff: { before: Partial<Snapshot>; after: Partial<Snapshot> } | null;
  snapshot: Snapshot | null;
};

export type OfficialPlan = { preview: ImportPreview; rows: PlannedOfficial[] };

/**
 * Reads and checks an officials file against the agency's stored officials and posts, without
 * writing. Run on `db` for the preview and inside the commit's transaction for the commit, so
 * both apply the very same checks to the very same data.
 */
export async function planOfficials(tx: Tx, agencyId: string, upload: ImportUpload): Promise<OfficialPlan> {
  const sheet = await readSheet(upload, [...OFFICIAL_COLUMNS]);
  const posts: PostRef[] = await tx.position.findMany({
    where: { agencyId },
    select: { id: true, title: true, grade: true, incumbent: { select: { id: true, nip: true, name: true } } },
  });
  const checked = sheet.rows.map((row) => checkOfficialRow(row, new Map(posts.map((p) => [titleKey(p.title), p]))));
  checkAcrossRows(checked, new Map(posts.map((p) => [p.id, p])));

  const nips = [...new Set(checked.map((row) => row.nip).filter(Boolean))];
  const stored = await tx.official.findMany({ where: { agencyId, nip: { in: nips } }, select: OFFICIAL_FIELDS });
  const byNip = new Map(stored.map((official) => [official.nip, official]));

  const rows = checked.map((row): PlannedOfficial => {
    const existing = byNip.get(row.nip) ?? null;
    const base = { row: row.row, key: row.nip, label: row.name, changed: [], issues: row.issues };
    if (!row.input) return { ...base, status: "ERROR", data: null, existing, diff: null, snapshot: null };
    const data = officialData(row.input);
    const snapshot = officialSnapshot(data);
    if (!existing) return { ...base, status: "NEW", data, existing: null, diff: null, snapshot };
    const before = officialSnapshot(existing);
    const keys = (Object.keys(snapshot) as (keyof Snapshot)[]).filter((key) => before[key] !== snapshot[key]);
    if (keys.length === 0) return { ...base, status: "UNCHANGED", data, existing, diff: null, snapshot };
    const pick = (from: Snapshot) => Object.fromEntries(keys.map((key) => [key, from[key]])) as Partial<Snapshot>;
    const changed = keys.map((key) => OFFICIAL_HEADERS[key as OfficialColumnKey]);
    return { ...base, status: "CHANGED", changed, data, existing, diff: { before: pick(before), after: pick(snapshot) }, snapshot };
  });
  const preview = summarise(upload.name, sheet.sha256, rows.map(toPreviewRow), sheet.ignoredColumns);
  return { preview, rows };
}

function toPreviewRow({ row, key, label, status, changed, issues }: PlannedOfficial): PreviewRow {
  return { row, key, label, status, changed, issues };
}

/**
 * Rules no single row can check: a NIP once per file, a post claimed once per file, and a post
 * held by someone else only when that person's own row in the file moves them off it (so a swap
 * of two heads imports in one go, as the regulation's rotation does).
 */
function checkAcrossRows(rows: CheckedOfficialRow[], postsById: Map<string, PostRef>) {
  const firstByNip = new Map<string, CheckedOfficialRow>();
  const claims = new Map<string, CheckedOfficialRow>();
  const fail = (row: CheckedOfficialRow, column: string, message: string) => {
    row.issues.push({ row: row.row, column, message });
    row.input = null;
  };
  for (const row of rows) {
    if (!row.nip) continue;
    const first = firstByNip.get(row.nip);
    if (first) fail(row, OFFICIAL_HEADERS.nip, `NIP ini sudah ada di baris ${first.row}; satu pejabat hanya boleh satu baris.`);
    else firstByNip.set(row.nip, row);
  }
  for (const row of rows) {
    const positionId = row.input?.positionId;
    if (!positionId) continue;
    const claimed = claims.get(positionId);
    if (claimed) {
      fail(row, OFFICIAL_HEADERS.positionId, `Jabatan ini sudah diisikan untuk NIP ${claimed.nip} di baris ${claimed.row}.`);
      continue;
    }
    claims.set(positionId, row);
    const incumbent = postsById.get(positionId)?.incumbent;
    if (!incumbent || incumbent.nip === row.nip) continue;
    const incumbentRow = firstByNip.get(incumbent.nip);
    const stays = !incumbentRow || incumbentRow.input?.positionId === positionId;
    if (stays) {
      fail(row, OFFICIAL_HEADERS.positionId, `Jabatan ini sudah dijabat oleh ${incumbent.name} (NIP ${incumbent.nip}).`);
    }
  }
}
