import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/iso-date";
import { notFound } from "@/lib/errors";
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

export type OfficialFilters = { q?: string; page?: number; status?: "ACTIVE" | "INACTIVE" | "RETIRED" | ""; holdsPost?: "JPT" | "OTHER" | "" };

export async function listOfficials(actor: Actor, { q = "", page = 1, status = "", holdsPost = "" }: OfficialFilters) {
  assertCan(actor.role, "masterdata:read");
  const search = q.trim();
  const where: Prisma.OfficialWhereInput = {
    agencyId: actor.agencyId,
    ...(status ? { status } : {}),
    ...(holdsPost === "JPT" ? { positionId: { not: null } } : holdsPost === "OTHER" ? { positionId: null } : {}),
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

export type OfficialDetail = {
  id: string;
  nip: string;
  name: string;
  birthDate: string;
  sex: "M" | "F";
  rank: string;
  educationLevel: string;
  educationField: string;
  positionId: string | null;
  positionTitle: string | null;
  jobTitle: string | null;
  inauguratedOn: string | null;
  administratorSince: string | null;
  relevantExperienceSince: string | null;
  sanctionLevel: string;
  status: string;
  performance: { year: number; contractAchievement: number; skpRating: string }[];
};

export async function getOfficial(actor: Actor, officialId: string): Promise<OfficialDetail> {
  assertCan(actor.role, "masterdata:read");
  const row = await db.official.findFirst({
    where: { id: officialId, agencyId: actor.agencyId },
    select: {
      id: true, nip: true, name: true, birthDate: true, sex: true, rank: true, educationLevel: true, educationField: true,
      positionId: true, jobTitle: true, inauguratedOn: true, administratorSince: true, relevantExperienceSince: true,
      sanctionLevel: true, status: true,
      position: { select: { title: true } },
      performance: { orderBy: { year: "desc" }, select: { year: true, contractAchievement: true, skpRating: true } },
    },
  });
  if (!row) throw notFound("Pejabat");
  const iso = (d: Date | null) => (d ? toIsoDate(d) : null);
  return {
    ...row,
    birthDate: toIsoDate(row.birthDate),
    positionTitle: row.position?.title ?? null,
    inauguratedOn: iso(row.inauguratedOn),
    administratorSince: iso(row.administratorSince),
    relevantExperienceSince: iso(row.relevantExperienceSince),
    performance: row.performance.map((p) => ({ ...p, contractAchievement: Number(p.contractAchievement) })),
  };
}

/** JPT posts of the agency for a select, with who holds them. */
export async function listJptPostOptions(actor: Actor) {
  assertCan(actor.role, "masterdata:read");
  const posts = await db.position.findMany({
    where: { agencyId: actor.agencyId, grade: "JPT_PRATAMA" },
    orderBy: { title: "asc" },
    select: { id: true, title: true, incumbent: { select: { id: true, name: true } } },
  });
  return posts.map((p) => ({ id: p.id, title: p.title, incumbentId: p.incumbent?.id ?? null, incumbentName: p.incumbent?.name ?? null }));
}
