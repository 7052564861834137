import "server-only";
import { db } from "@/lib/db";
import { assessmentCoverage } from "@/lib/domain/competency";
import { listMyPanelRounds } from "@/lib/server/rounds";
import type { Actor } from "@/lib/server/users";

export type PendingItem = { key: string; label: string; count: number; href: string };

/** "Perlu tindakan Anda": what waits for this user, counted from the agency's own rows. */
export async function pendingActions(actor: Actor): Promise<PendingItem[]> {
  switch (actor.role) {
    case "BKD":
      return bkdPending(actor);
    case "PANEL":
      return panelPending(actor);
    case "SEKDA":
      return sekdaPending(actor);
    case "HEAD":
      return headPending(actor);
    case "ADMIN":
      return adminPending(actor);
    default:
      return [];
  }
}

/** The page of the one round concerned, or the list of rounds when several (or none) are. */
function roundHref(roundIds: Iterable<string>, page = "", list = "/putaran") {
  const distinct = [...new Set(roundIds)];
  return distinct.length === 1 ? `${list}/${distinct[0]}${page}` : list;
}

async function bkdPending({ agencyId }: Actor): Promise<PendingItem[]> {
  const scoring = { round: { agencyId, status: "SCORING" as const } };
  const [drafts, participants, awaitingOversight] = await Promise.all([
    db.round.findMany({ where: { agencyId, status: "DRAFT" }, select: { id: true } }),
    db.participant.findMany({
      where: scoring,
      select: {
        roundId: true,
        roundPosition: { select: { position: { select: { standards: { select: { code: true } } } } } },
        assessments: { select: { competencyCode: true } },
        trackRecord: { select: { id: true } },
      },
    }),
    db.oversightSubmission.findMany({ where: { round: { agencyId }, status: "SENT" }, select: { roundId: true } }),
  ]);
  const noAssessment = participants.filter(
    (p) => !assessmentCoverage((p.roundPosition?.position.standards ?? []).map((s) => s.code), p.assessments.map((a) => a.competencyCode)).complete,
  );
  const noTrackRecord = participants.filter((p) => p.trackRecord === null);
  return [
    { key: "round-drafts", label: "Putaran seleksi yang masih disiapkan", count: drafts.length, href: roundHref(drafts.map((r) => r.id)) },
    { key: "missing-assessment", label: "Peserta dengan hasil asesmen belum lengkap", count: noAssessment.length, href: roundHref(noAssessment.map((p) => p.roundId), "/peserta") },
    { key: "missing-track-record", label: "Peserta tanpa data rekam jejak", count: noTrackRecord.length, href: roundHref(noTrackRecord.map((p) => p.roundId), "/peserta") },
    { key: "oversight", label: "Pengajuan ke instansi pengawas menunggu jawaban", count: awaitingOversight.length, href: roundHref(awaitingOversight.map((o) => o.roundId), "/pengawasan") },
  ];
}

async function panelPending(actor: Actor): Promise<PendingItem[]> {
  const seats = (await listMyPanelRounds(actor)).filter((s) => s.round.status === "SCORING");
  const undeclared = seats.filter((s) => s.round.participants > s.declarations);
  const toSubmit = seats.filter((s) => s.expected > s.submitted);
  return [
    {
      key: "conflicts",
      label: "Peserta yang belum Anda deklarasikan konflik kepentingannya",
      count: undeclared.reduce((n, s) => n + s.round.participants - s.declarations, 0),
      href: roundHref(undeclared.map((s) => s.round.id), "", "/penilaian"),
    },
    {
      key: "sheets",
      label: "Lembar penilaian yang belum Anda kirim",
      count: toSubmit.reduce((n, s) => n + s.expected - s.submitted, 0),
      href: roundHref(toSubmit.map((s) => s.round.id), "", "/penilaian"),
    },
  ];
}

async function sekdaPending({ agencyId }: Actor): Promise<PendingItem[]> {
  const [awaitingProposal, returned] = await Promise.all([
    db.round.findMany({
      // A returned proposal is counted under "returned" only, not twice.
      where: { agencyId, status: "FINALISED", OR: [{ proposal: null }, { proposal: { status: "DRAFT" } }] },
      select: { id: true },
    }),
    db.rotationProposal.findMany({ where: { round: { agencyId }, status: "RETURNED" }, select: { roundId: true } }),
  ]);
  return [
    { key: "awaiting-proposal", label: "Hasil final yang menunggu usulan rotasi", count: awaitingProposal.length, href: roundHref(awaitingProposal.map((r) => r.id), "/usulan") },
    { key: "returned", label: "Usulan yang dikembalikan kepala daerah", count: returned.length, href: roundHref(returned.map((p) => p.roundId), "/usulan") },
  ];
}

async function headPending({ agencyId }: Actor): Promise<PendingItem[]> {
  const submitted = await db.rotationProposal.findMany({ where: { round: { agencyId }, status: "SUBMITTED" }, select: { roundId: true } });
  return [{ key: "decide", label: "Usulan rotasi yang menunggu keputusan Anda", count: submitted.length, href: roundHref(submitted.map((p) => p.roundId), "/usulan") }];
}

async function adminPending({ agencyId }: Actor): Promise<PendingItem[]> {
  const [neverSignedIn, inactive] = await Promise.all([
    db.user.count({ where: { agencyId, active: true, lastSignInAt: null } }),
    db.user.count({ where: { agencyId, active: false } }),
  ]);
  return [
    { key: "never-signed-in", label: "Akun yang belum pernah masuk", count: neverSignedIn, href: "/pengguna" },
    { key: "inactive", label: "Akun nonaktif", count: inactive, href: "/pengguna" },
  ];
}
