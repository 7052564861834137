import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/iso-date";
import type { Actor } from "@/lib/server/users";

export const PAGE_SIZE = 20;

export type OfficialRow = {
  id: string;
  nip: string;
  name: string;
  rank: string;
  position: string | null;
  orgUnit: string | null;
  inauguratedOn: string | null;
  status: string;
};

export async function listOfficials(actor: Actor, { q = "", page = 1 }: { q?: string; page?: number }) {
  assertCan(actor.role, "masterdata:read");
  const search = q.trim();
  const where: Prisma.OfficialWhereInput = {
    agencyId: actor.agencyId,
    ...(search
      ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { nip: { startsWith: search.replace(/\s/g, "") } }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.official.count({ where }),
    db.official.findMany({
      where,
      orderBy: [{ name: "asc" }, { nip: "asc" }],
      skip: (Math.max(1, page) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        nip: true,
        name: true,
        rank: true,
        jobTitle: true,
        status: true,
        inauguratedOn: true,
        position: { select: { title: true, orgUnit: { select: { name: true } } } },
      },
    }),
  ]);
  const officials: OfficialRow[] = rows.map((row) => ({
    id: row.id,
    nip: row.nip,
    name: row.name,
    rank: row.rank,
    position: row.position?.title ?? row.jobTitle,
    orgUnit: row.position?.orgUnit.name ?? null,
    inauguratedOn: row.inauguratedOn ? toIsoDate(row.inauguratedOn) : null,
    status: row.status,
  }));
  return { total, officials };
}
