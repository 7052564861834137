import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { participantReasonLabel, type ParticipantReason } from "@/lib/domain/participant-eligibility";
import type { Rubric, Weights } from "@/lib/domain/round-config";
import { applicantShortfalls, effectiveMinApplicants } from "@/lib/domain/round-readiness";
import { assessmentCoverage } from "@/lib/domain/competency";
import { JPM_CATEGORY_LABELS, jobPersonMatch, jpmCategory, roundJpm, type JpmScheme } from "@/lib/domain/scoring/jpm";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/iso-date";
import type { Actor } from "@/lib/server/users";
import { agencyBlackouts, evaluateEligibility, officialEligibilitySelect } from "./participants";
import { readinessOf } from "./start";

const iso = (d: Date | null) => (d ? toIsoDate(d) : null);
const labels = (reasons: readonly string[]) => reasons.map((r) => participantReasonLabel(r as ParticipantReason));

/** JPM and its category once every competency of the post's standard has a level. */
function participantJpm(
  standard: readonly { code: string; level: Prisma.Decimal }[],
  assessments: readonly { competencyCode: string; level: Prisma.Decimal }[],
  scheme: JpmScheme,
): { jpm: number | null; jpmCategory: string | null } {
  const achieved = Object.fromEntries(assessments.map((a) => [a.competencyCode, Number(a.level)]));
  if (standard.length === 0 || standard.some((s) => achieved[s.code] === undefined)) return { jpm: null, jpmCategory: null };
  const jpm = jobPersonMatch(achieved, Object.fromEntries(standard.map((s) => [s.code, Number(s.level)])));
  return { jpm: roundJpm(jpm), jpmCategory: JPM_CATEGORY_LABELS[jpmCategory(jpm, scheme)] };
}

/** Everything the set-up screens of one round show, in one read. */
export async function getRoundSetup(actor: Actor, roundId: string) {
  assertCan(actor.role, "round:read");
  const round = await db.round.findFirst({
    where: { id: roundId, agencyId: actor.agencyId },
    select: {
      id: true, name: true, type: true, status: true, referenceDate: true, scoringOpensOn: true, scoringClosesOn: true,
      oversightMode: true, oversightBodyName: true, minApplicantsPerPost: true,
      positions: {
        orderBy: { position: { title: "asc" } },
        select: {
          id: true, positionId: true, reservedForOpenSelection: true,
          position: { select: { title: true, orgUnit: { select: { name: true } }, incumbent: { select: officialEligibilitySelect } } },
          _count: { select: { participants: true } },
        },
      },
      participants: {
        orderBy: { official: { name: "asc" } },
        select: {
          id: true, eligible: true, eligibilityReasons: true, overrideReason: true,
          official: { select: { id: true, name: true, nip: true } },
          roundPosition: { select: { id: true, position: { select: { title: true, standards: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, level: true } } } } } },
          assessments: { select: { competencyCode: true, level: true } },
        },
      },
      panel: {
        orderBy: [{ role: "asc" }],
        select: { id: true, role: true, internal: true, institution: true, decreeNumber: true, externalName: true, user: { select: { id: true, name: true, email: true } } },
      },
      configVersions: {
        orderBy: { version: "desc" },
        select: { version: true, weights: true, rubric: true, jpmScheme: true, aggregationMethod: true, dispersionThreshold: true, frozenAt: true, reason: true, createdAt: true },
      },
    },
  });
  if (!round) throw notFound("Putaran");

  const blackouts = await agencyBlackouts(db, actor.agencyId);
  const participating = new Set(round.participants.map((p) => p.official.id));
  const candidates =
    round.type === "JOB_FIT"
      ? round.positions.flatMap((rp) => (rp.position.incumbent ? [{ official: rp.position.incumbent, roundPositionId: rp.id, post: rp.position.title }] : []))
      : (await db.official.findMany({ where: { agencyId: actor.agencyId, status: "ACTIVE" }, orderBy: { name: "asc" }, select: officialEligibilitySelect })).map(
          (official) => ({ official, roundPositionId: null, post: null }),
        );

  const [current, ...earlier] = round.configVersions;
  const minApplicantsPerPost = effectiveMinApplicants(round.minApplicantsPerPost);
  const [panelUsers, allPosts, readiness] = await Promise.all([
    db.user.findMany({ where: { agencyId: actor.agencyId, role: "PANEL", active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    db.position.findMany({
      where: { agencyId: actor.agencyId, grade: "JPT_PRATAMA" },
      orderBy: { title: "asc" },
      select: { id: true, title: true, orgUnit: { select: { name: true } }, incumbent: { select: { name: true } } },
    }),
    round.status === "DRAFT" ? readinessOf(db, roundId) : Promise.resolve({ problems: [], uncovered: new Map<string, ParticipantReason[]>() }),
  ]);
  const seated = new Set(round.panel.map((m) => m.user?.id).filter(Boolean));
  const positions = round.positions.map((rp) => ({
    id: rp.id,
    positionId: rp.positionId,
    title: rp.position.title,
    orgUnit: rp.position.orgUnit.name,
    incumbent: rp.position.incumbent?.name ?? null,
    reserved: rp.reservedForOpenSelection,
    participants: rp._count.participants,
  }));

  return {
    id: round.id,
    name: round.name,
    type: round.type,
    status: round.status,
    referenceDate: toIsoDate(round.referenceDate),
    scoringOpensOn: iso(round.scoringOpensOn),
    scoringClosesOn: iso(round.scoringClosesOn),
    // The scoring rules of the current configuration version: what the results will read.
    jpmScheme: current!.jpmScheme,
    aggregationMethod: current!.aggregationMethod,
    dispersionThreshold: Number(current!.dispersionThreshold),
    oversightMode: round.oversightMode,
    oversightBodyName: round.oversightBodyName,
    /** The minimum in effect (the default when the stored value is out of range). */
    minApplicantsPerPost,
    positions,
    /** Open selection: the posts with fewer applicants than the round's minimum. */
    applicantShortfalls: round.type === "OPEN_SELECTION" ? applicantShortfalls(positions, minApplicantsPerPost).map((p) => ({ id: p.id, title: p.title, applicants: p.participants })) : [],
    participants: round.participants.map((p) => ({
      id: p.id,
      officialId: p.official.id,
      name: p.official.name,
      nip: p.official.nip,
      post: p.roundPosition?.position.title ?? null,
      eligible: p.eligible,
      reasons: labels(p.eligibilityReasons),
      overrideReason: p.overrideReason,
      /** Set-up only: reasons the participant is ineligible for now that no recorded override covers. */
      uncoveredReasons: labels(readiness.uncovered.get(p.id) ?? []),
      hasAssessment: p.assessments.length > 0,
      assessment: assessmentCoverage((p.roundPosition?.position.standards ?? []).map((s) => s.code), p.assessments.map((a) => a.competencyCode)),
      ...participantJpm(p.roundPosition?.position.standards ?? [], p.assessments, current!.jpmScheme),
    })),
    candidates: candidates
      .filter((c) => !participating.has(c.official.id))
      .map((c) => {
        const eligibility = evaluateEligibility(round, c.official, blackouts);
        return { officialId: c.official.id, name: c.official.name, nip: c.official.nip, roundPositionId: c.roundPositionId, post: c.post, ...eligibility, reasonLabels: labels(eligibility.reasons) };
      }),
    panel: round.panel.map((m) => ({
      id: m.id,
      name: m.user?.name ?? m.externalName ?? "",
      email: m.user?.email ?? null,
      hasAccount: m.user !== null,
      role: m.role,
      internal: m.internal,
      institution: m.institution,
      decreeNumber: m.decreeNumber,
    })),
    panelUsers: panelUsers.filter((u) => !seated.has(u.id)),
    allPosts: allPosts.map((p) => ({ id: p.id, title: p.title, orgUnit: p.orgUnit.name, incumbent: p.incumbent?.name ?? null })),
    config: {
      version: current!.version,
      frozen: current!.frozenAt !== null,
      weights: current!.weights as Weights,
      rubric: current!.rubric as Rubric,
      history: [current!, ...earlier].map((v) => ({
        version: v.version,
        jpmScheme: v.jpmScheme,
        aggregationMethod: v.aggregationMethod,
        dispersionThreshold: Number(v.dispersionThreshold),
        frozenAt: v.frozenAt?.toISOString() ?? null,
        reason: v.reason,
        createdAt: v.createdAt.toISOString(),
      })),
    },
    problems: readiness.problems,
  };
}

export type RoundSetup = Awaited<ReturnType<typeof getRoundSetup>>;
