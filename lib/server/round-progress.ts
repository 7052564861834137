import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { PANEL_COMPONENTS, scoredPanelComponents, type PanelComponent, type Weights } from "@/lib/domain/round-config";
import { appraisalYearFor } from "@/lib/domain/scoring/performance";
import { toIsoDate } from "@/lib/iso-date";
import { assertPanelOverseer } from "@/lib/server/panel/access";
import type { Actor } from "@/lib/server/users";

export type SheetState = "NONE" | "DRAFT" | "SUBMITTED" | "CONFLICT" | "NOT_SCORED";

/** For the BKD, the Sekda and the round's KETUA: per participant, what is still missing: assessment, track record, performance of the appraisal
 * year, and each scoring panel member's paper and interview sheets. */
export async function getRoundProgress(actor: Actor, roundId: string) {
  await assertPanelOverseer(db, actor, roundId);
  const round = await db.round.findFirst({
    where: { id: roundId, agencyId: actor.agencyId },
    select: {
      referenceDate: true,
      configVersions: { orderBy: { version: "desc" }, take: 1, select: { weights: true } },
      panel: { where: { userId: { not: null } }, orderBy: { role: "asc" }, select: { id: true, role: true, user: { select: { name: true } } } },
      participants: {
        orderBy: { official: { name: "asc" } },
        select: {
          id: true,
          official: { select: { name: true, nip: true, performance: { select: { year: true } } } },
          roundPosition: { select: { position: { select: { standards: { select: { code: true } } } } } },
          assessments: { select: { competencyCode: true } },
          trackRecord: { select: { id: true } },
          conflicts: { where: { hasConflict: true }, select: { panelMemberId: true } },
          sheets: { select: { panelMemberId: true, component: true, status: true } },
        },
      },
    },
  });
  if (!round) throw notFound("Putaran");
  const referenceDate = toIsoDate(round.referenceDate);
  const members = round.panel.map((m) => ({ id: m.id, name: m.user?.name ?? "", role: m.role }));
  const scored = scoredPanelComponents(round.configVersions[0]!.weights as Weights);
  const rows = round.participants.map((p) => {
    const assessed = new Set(p.assessments.map((a) => a.competencyCode));
    const standard = p.roundPosition?.position.standards ?? [];
    const conflicted = new Set(p.conflicts.map((c) => c.panelMemberId));
    const sheets = Object.fromEntries(
      members.map((m) => [
        m.id,
        Object.fromEntries(
          PANEL_COMPONENTS.map((component): [string, SheetState] => {
            if (!scored.includes(component)) return [component, "NOT_SCORED"];
            if (conflicted.has(m.id)) return [component, "CONFLICT"];
            const sheet = p.sheets.find((s) => s.panelMemberId === m.id && s.component === component);
            return [component, sheet ? sheet.status : "NONE"];
          }),
        ) as Record<PanelComponent, SheetState>,
      ]),
    );
    return {
      id: p.id,
      name: p.official.name,
      nip: p.official.nip,
      assessment: standard.length > 0 && standard.every((s) => assessed.has(s.code)),
      trackRecord: p.trackRecord !== null,
      performance: appraisalYearFor(p.official.performance, referenceDate) !== null,
      sheets,
    };
  });
  const expectedSheets = rows.reduce((n, r) => n + members.reduce((m, member) => m + scored.filter((c) => r.sheets[member.id]![c] !== "CONFLICT").length, 0), 0);
  const submittedSheets = rows.reduce((n, r) => n + members.reduce((m, member) => m + scored.filter((c) => r.sheets[member.id]![c] === "SUBMITTED").length, 0), 0);
  return { members, rows, expectedSheets, submittedSheets };
}
