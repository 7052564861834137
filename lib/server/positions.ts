import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/server/users";

export type PositionRow = {
  id: string;
  title: string;
  grade: "JPT_PRATAMA" | "ADMINISTRATOR";
  incumbent: string | null;
  acting: string | null;
  standardCount: number;
};

export async function listOrgUnitsWithPositions(actor: Actor) {
  assertCan(actor.role, "masterdata:read");
  const units = await db.orgUnit.findMany({
    where: { agencyId: actor.agencyId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      shortName: true,
      positions: {
        orderBy: [{ grade: "asc" }, { title: "asc" }],
        select: {
          id: true,
          title: true,
          grade: true,
          incumbent: { select: { name: true } },
          actingOfficial: { select: { name: true } },
          _count: { select: { standards: true } },
        },
      },
    },
  });
  return units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    shortName: unit.shortName,
    positions: unit.positions.map(
      (p): PositionRow => ({
        id: p.id,
        title: p.title,
        grade: p.grade,
        incumbent: p.incumbent?.name ?? null,
        acting: p.actingOfficial?.name ?? null,
        standardCount: p._count.standards,
      }),
    ),
  }));
}
