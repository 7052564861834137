import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { expectedSheets } from "@/lib/domain/expected-sheets";
import { assessmentCoverage } from "@/lib/domain/competency";
import { PANEL_COMPONENTS, scoredPanelComponents, type PanelComponent, type Weights } from "@/lib/domain/round-config";
import { appraisalYearFor } from "@/lib/domain/scoring/performance";
import { toIsoDate } from "@/lib/iso-date";
import { latestConfig } from "@/lib/server/latest-config";
import { assertPanelOverseer } from "@/lib/server/panel/access";
import type { Actor } from "@/lib/server/users";

export type SheetState = "NONE" | "DRAFT" | "SUBMITTED" | "CONFLICT" | "UNDECLARED" | "NOT_SCORED";

/** The components the BKD enters per participant (the panel's sheets are tracked per member). */
export const DATA_COMPONENTS = ["ASSESSMENT", "TRACK_RECORD", "PERFORMANCE", "WRITTEN_TEST"] as const;
export type DataComponent = (typeof DATA_COMPONENTS)[number];

/**
 * For the BKD, the Sekda and the round's KETUA: what is still missing before the round can be
 * finalised. Per participant, the data the BKD enters for every component weighted above 0 in the
 * round's current configuration (a component weighted 0 is never missing, a weighted written test
 * is), and each member's sheets of the weighted panel components; per member, whether they have
 * declared for every participant and how many sheets they still owe (an undeclared participant
 * counts as owed until the member declares a conflict).
 */
export async function getRoundProgress(actor: Actor, roundId: string) {
  await assertPanelOverseer(db, actor, roundId);
  const round = await db.round.findFirst({
    where: { id: roundId, agencyId: actor.agencyId },
    select: {
      referenceDate: true,
      configVersions: latestConfig({ weights: true }),
      panel: { where: { userId: { not: null } }, orderBy: { role: "asc" }, select: { id: true, role: true, user: { select: { name: true } } } },
      participants: {
        orderBy: { official: { name: "asc" } },
        select: {
          id: true,
          writtenTestScore: true,
          official: { select: { name: true, nip: true, performance: { select: { year: true } } } },
          roundPosition: { select: { position: { select: { standards: { select: { code: true } } } } } },
          assessments: { select: { competencyCode: true } },
          trackRecord: { select: { id: true } },
          conflicts: { select: { panelMemberId: true, hasConflict: true } },
          sheets: { select: { panelMemberId: true, component: true, status: true } },
        },
      },
    },
  });
  if (!round) throw notFound("Putaran");
  const referenceDate = toIsoDate(round.referenceDate);
  const weights = round.configVersions[0]!.weights as Weights;
  const required = Object.fromEntries(DATA_COMPONENTS.map((c) => [c, weights[c] > 0])) as Record<DataComponent, boolean>;
  const members = round.panel.map((m) => ({ id: m.id, name: m.user?.name ?? "", role: m.role }));
  const scored = scoredPanelComponents(weights);
  const memberIds = members.map((m) => m.id);
  const rows = round.participants.map((p) => {
    const assessed = new Set(p.assessments.map((a) => a.competencyCode));
    const standard = p.roundPosition?.position.standards ?? [];
    const declared = new Map(p.conflicts.map((c) => [c.panelMemberId, c.hasConflict]));
    const expected = expectedSheets(weights, memberIds, p.conflicts.filter((c) => c.hasConflict).map((c) => c.panelMemberId));
    const sheets = Object.fromEntries(
      members.map((m) => [
        m.id,
        Object.fromEntries(
          PANEL_COMPONENTS.map((component): [string, SheetState] => {
            if (!scored.includes(component)) return [component, "NOT_SCORED"];
            if (!expected.some((e) => e.memberId === m.id && e.component === component)) return [component, "CONFLICT"];
            const sheet = p.sheets.find((s) => s.panelMemberId === m.id && s.component === component);
            if (sheet) return [component, sheet.status];
            return [component, declared.has(m.id) ? "NONE" : "UNDECLARED"];
          }),
        ) as Record<PanelComponent, SheetState>,
      ]),
    );
    const present: Record<DataComponent, boolean> = {
      ASSESSMENT: assessmentCoverage(standard.map((s) => s.code), assessed).complete,
      TRACK_RECORD: p.trackRecord !== null,
      PERFORMANCE: appraisalYearFor(p.official.performance, referenceDate) !== null,
      WRITTEN_TEST: p.writtenTestScore !== null,
    };
    return {
      id: p.id,
      name: p.official.name,
      nip: p.official.nip,
      assessment: present.ASSESSMENT,
      trackRecord: present.TRACK_RECORD,
      performance: present.PERFORMANCE,
      writtenTest: present.WRITTEN_TEST,
      /** Weighted data components without a value yet. */
      missing: DATA_COMPONENTS.filter((c) => required[c] && !present[c]),
      sheets,
      undeclaredMembers: members.filter((m) => !declared.has(m.id)).map((m) => m.id),
      conflictedMembers: members.filter((m) => declared.get(m.id) === true).map((m) => m.id),
    };
  });
  const owed = (state: SheetState) => state === "NONE" || state === "DRAFT" || state === "UNDECLARED";
  const memberSummary = members.map((m) => {
    const states = rows.flatMap((r) => scored.map((c) => r.sheets[m.id]![c]));
    const declarations = rows.filter((r) => !r.undeclaredMembers.includes(m.id)).length;
    return {
      ...m,
      declarations,
      declared: declarations === rows.length,
      conflicts: rows.filter((r) => r.conflictedMembers.includes(m.id)).length,
      submitted: states.filter((s) => s === "SUBMITTED").length,
      drafts: states.filter((s) => s === "DRAFT").length,
      missing: states.filter(owed).length,
    };
  });
  const expectedTotal = memberSummary.reduce((n, m) => n + m.submitted + m.missing, 0);
  const submittedSheets = memberSummary.reduce((n, m) => n + m.submitted, 0);
  return { members, memberSummary, required, scored, rows, expectedSheets: expectedTotal, submittedSheets };
}
