import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { aggregatePanelScores, isDispersed, panelSpread } from "@/lib/domain/scoring/panel";
import { expectedSheets, scoringMembers } from "@/lib/domain/expected-sheets";
import { PANEL_COMPONENTS, scoredPanelComponents, type PanelComponent, type Weights } from "@/lib/domain/round-config";
import { roundHalfUp } from "@/lib/domain/scoring/round";
import { ROUND_STATUS_LABELS } from "@/lib/domain/workflow/round";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { JustificationInput } from "@/lib/schemas/panel";
import { recordAudit } from "@/lib/server/audit";
import { latestConfig } from "@/lib/server/latest-config";
import { lockRoundRow } from "@/lib/server/round-setup/round-lock";
import type { Actor } from "@/lib/server/users";
import { assertPanelOverseer } from "./access";

type Tx = Prisma.TransactionClient | typeof db;

export const AGGREGATION = { MEAN: "mean", TRIMMED: "trimmed" } as const;

/** A revision of a submitted sheet (revision 2 onwards) as oversight sees it: the score before and
 * after, the member's reason, and how many other members' sheets the member could see when
 * revising (getSheetView shows them from the member's own first submit on), so a score moved
 * towards the others' (anchoring) is visible. */
export type SheetRevisionTrail = { revision: number; from: number; to: number; reason: string | null; at: string; othersSeen: number };
export type PanelValue = { memberId: string; score: number; revisions: SheetRevisionTrail[] };

type SubmittedSheet = { panelMemberId: string; revisions: { revision: number; score: unknown; reason: string | null; submittedAt: Date }[] };

function revisionTrail(sheet: SubmittedSheet, sameComponent: readonly SubmittedSheet[]): SheetRevisionTrail[] {
  const firstSubmits = sameComponent.filter((s) => s.panelMemberId !== sheet.panelMemberId).map((s) => s.revisions[0]?.submittedAt.getTime() ?? Infinity);
  return sheet.revisions.slice(1).map((r, i) => ({
    revision: r.revision,
    from: Number(sheet.revisions[i]!.score),
    to: Number(r.score),
    reason: r.reason,
    at: r.submittedAt.toISOString(),
    othersSeen: firstSubmits.filter((t) => t < r.submittedAt.getTime()).length,
  }));
}

/**
 * The panel's work per participant for the BKD, the Sekda and the KETUA: declarations, sheets
 * submitted out of expected (N of M) and — only once every expected sheet of that participant is
 * in — the values, the aggregate by the round's method and the dispersion flag (issue 5: blind
 * until complete, enforced here).
 */
export function getPanelOverview(actor: Actor, roundId: string) {
  return panelOverviewIn(db, actor, roundId);
}

async function panelOverviewIn(tx: Tx, actor: Actor, roundId: string) {
  const { isChair } = await assertPanelOverseer(tx, actor, roundId);
  const round = await tx.round.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      id: true, status: true,
      configVersions: latestConfig({ weights: true, aggregationMethod: true, dispersionThreshold: true }),
      panel: { where: { userId: { not: null } }, orderBy: { role: "asc" }, select: { id: true, role: true, user: { select: { name: true } } } },
      participants: {
        orderBy: { official: { name: "asc" } },
        select: {
          id: true,
          official: { select: { name: true, nip: true } },
          conflicts: { select: { panelMemberId: true, hasConflict: true, reason: true } },
          sheets: {
            where: { status: "SUBMITTED" },
            select: { panelMemberId: true, component: true, score: true, revisions: { orderBy: { revision: "asc" }, select: { revision: true, score: true, reason: true, submittedAt: true } } },
          },
          justifications: { select: { component: true, text: true, createdBy: { select: { name: true } } } },
        },
      },
    },
  });
  // The version's rules, as finalising reads them: the flag shown here is the one finalising
  // requires a justification for.
  const config = round.configVersions[0]!;
  const method = AGGREGATION[config.aggregationMethod];
  const threshold = Number(config.dispersionThreshold);
  const members = round.panel.map((m) => ({ id: m.id, name: m.user?.name ?? "", role: m.role }));
  const chairId = members.find((m) => m.role === "KETUA")?.id;
  const weights = config.weights as Weights;
  const scored = new Set(scoredPanelComponents(weights));
  const memberIds = members.map((m) => m.id);
  const participants = round.participants.map((p) => {
    const conflicted = p.conflicts.filter((c) => c.hasConflict).map((c) => c.panelMemberId);
    const expected = expectedSheets(weights, memberIds, conflicted);
    const counted = p.sheets.filter((s) => expected.some((e) => e.memberId === s.panelMemberId && e.component === s.component));
    const complete = scoringMembers(memberIds, conflicted).length > 0 && counted.length === expected.length;
    // A KETUA conflicted with this participant follows the counts only, never the values, and
    // the BKD records the justification of a dispersed score in their place.
    const chairConflicted = conflicted.includes(chairId ?? "");
    const valuesShown = complete && !(isChair && chairConflicted);
    const mayJustify = isChair ? !chairConflicted : chairConflicted && can(actor.role, "results:finalise");
    const components = Object.fromEntries(
      PANEL_COMPONENTS.map((component) => {
        const sheets = counted.filter((s) => s.component === component);
        const shown = valuesShown && scored.has(component);
        const scores = sheets.map((s) => Number(s.score));
        const justification = p.justifications.find((j) => j.component === component) ?? null;
        return [
          component,
          {
            scored: scored.has(component),
            submitted: sheets.length,
            expected: expected.filter((e) => e.component === component).length,
            values: shown ? sheets.map((s) => ({ memberId: s.panelMemberId, score: Number(s.score), revisions: revisionTrail(s, sheets) })) : null,
            // Shown rounded; the results computation aggregates the raw scores itself.
            aggregate: shown ? roundHalfUp(aggregatePanelScores(scores, method), 2) : null,
            spread: shown ? panelSpread(scores) : null,
            flagged: shown ? isDispersed(scores, threshold) : false,
            // The text may quote the scores: it follows the values (never to a conflicted KETUA).
            justification: shown && justification ? { text: justification.text, by: justification.createdBy.name } : null,
          },
        ];
      }),
    ) as Record<PanelComponent, { scored: boolean; submitted: number; expected: number; values: PanelValue[] | null; aggregate: number | null; spread: number | null; flagged: boolean; justification: { text: string; by: string } | null }>;
    return {
      id: p.id,
      name: p.official.name,
      nip: p.official.nip,
      complete,
      chairConflicted,
      mayJustify,
      declarations: Object.fromEntries(
        members.map((m) => {
          const d = p.conflicts.find((c) => c.panelMemberId === m.id);
          return [m.id, d ? { hasConflict: d.hasConflict, reason: d.reason } : null];
        }),
      ),
      components,
    };
  });
  return { roundId: round.id, status: round.status, isChair, threshold, method: config.aggregationMethod, members, participants };
}

/** The justification of a dispersed panel score (required before finalising): by the KETUA, or
 * by the BKD when the KETUA declared a conflict with that participant. */
export async function justifyDispersion(actor: Actor, roundId: string, input: JustificationInput) {
  await db.$transaction(async (tx) => {
    // The flag is read in this transaction, after the locks: the round row shared, as sheet
    // writes take it, so finalising never interleaves; and every declaration row of the
    // participant exclusively, which each sheet write for them holds shared (scoringSeat), so a
    // revision in flight commits first and the flag checked is the one the justification is
    // recorded against (a revision that removed it refuses the justification).
    await lockRoundRow(tx, actor, roundId, "SHARE");
    // While scoring, and after finalising for a correction (a revised score can raise a new flag);
    // never on a round set up, closed or cancelled.
    const { status } = await tx.round.findUniqueOrThrow({ where: { id: roundId }, select: { status: true } });
    if (status !== "SCORING" && status !== "FINALISED") {
      throw new AppError("INVALID_STATE", `Justifikasi sebaran nilai tidak dapat dicatat pada putaran berstatus ${ROUND_STATUS_LABELS[status]}.`);
    }
    await tx.$queryRaw`
      SELECT d.id FROM "ConflictDeclaration" d JOIN "Participant" p ON p.id = d."participantId"
      WHERE d."participantId" = ${input.participantId} AND p."roundId" = ${roundId} ORDER BY d.id FOR UPDATE OF d`;
    const overview = await panelOverviewIn(tx, actor, roundId);
    const row = overview.participants.find((p) => p.id === input.participantId);
    if (!row) throw notFound("Peserta");
    if (!row.mayJustify) {
      throw new AppError(
        "FORBIDDEN",
        overview.isChair ? "Anda menyatakan konflik kepentingan dengan peserta ini; justifikasi dicatat oleh BKD." : "Justifikasi sebaran nilai dicatat oleh ketua pansel.",
      );
    }
    if (!row.components[input.component].flagged) throw new AppError("INVALID_STATE", "Nilai komponen ini tidak ditandai tersebar; justifikasi tidak diperlukan.");
    const before = await tx.dispersionJustification.findUnique({ where: { participantId_component: { participantId: input.participantId, component: input.component } }, select: { text: true } });
    const saved = await tx.dispersionJustification.upsert({
      where: { participantId_component: { participantId: input.participantId, component: input.component } },
      create: { roundId, participantId: input.participantId, component: input.component, text: input.text, createdById: actor.userId },
      update: { text: input.text, createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "DISPERSION_JUSTIFY", entity: "DispersionJustification", entityId: saved.id, before, after: input });
  });
}
