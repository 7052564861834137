import "server-only";
import { db } from "@/lib/db";
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

async function bkdPending({ agencyId }: Actor): Promise<PendingItem[]> {
  const scoring = { round: { agencyId, status: "SCORING" as const } };
  const [drafts, noAssessment, noTrackRecord, awaitingOversight] = await Promise.all([
    db.round.count({ where: { agencyId, status: "DRAFT" } }),
    db.participant.count({ where: { ...scoring, assessments: { none: {} } } }),
    db.participant.count({ where: { ...scoring, trackRecord: null } }),
    db.oversightSubmission.count({ where: { round: { agencyId }, status: "SENT" } }),
  ]);
  return [
    { key: "round-drafts", label: "Putaran seleksi yang masih disiapkan", count: drafts, href: "/putaran" },
    { key: "missing-assessment", label: "Peserta tanpa hasil asesmen", count: noAssessment, href: "/putaran" },
    { key: "missing-track-record", label: "Peserta tanpa data rekam jejak", count: noTrackRecord, href: "/putaran" },
    { key: "oversight", label: "Pengajuan ke instansi pengawas menunggu jawaban", count: awaitingOversight, href: "/putaran" },
  ];
}

async function panelPending(actor: Actor): Promise<PendingItem[]> {
  const seats = (await listMyPanelRounds(actor)).filter((s) => s.round.status === "SCORING");
  const undeclared = seats.reduce((n, s) => n + Math.max(0, s.round.participants - s.declarations), 0);
  const sheetsToSubmit = seats.reduce((n, s) => n + Math.max(0, s.expected - s.submitted), 0);
  return [
    { key: "conflicts", label: "Peserta yang belum Anda deklarasikan konflik kepentingannya", count: undeclared, href: "/penilaian" },
    { key: "sheets", label: "Lembar penilaian yang belum Anda kirim", count: sheetsToSubmit, href: "/penilaian" },
  ];
}

async function sekdaPending({ agencyId }: Actor): Promise<PendingItem[]> {
  const [awaitingProposal, returned] = await Promise.all([
    db.round.count({
      // A returned proposal is counted under "returned" only, not twice.
      where: { agencyId, status: "FINALISED", OR: [{ proposal: null }, { proposal: { status: "DRAFT" } }] },
    }),
    db.rotationProposal.count({ where: { round: { agencyId }, status: "RETURNED" } }),
  ]);
  return [
    { key: "awaiting-proposal", label: "Hasil final yang menunggu usulan rotasi", count: awaitingProposal, href: "/putaran" },
    { key: "returned", label: "Usulan yang dikembalikan kepala daerah", count: returned, href: "/putaran" },
  ];
}

async function headPending({ agencyId }: Actor): Promise<PendingItem[]> {
  const submitted = await db.rotationProposal.count({ where: { round: { agencyId }, status: "SUBMITTED" } });
  return [{ key: "decide", label: "Usulan rotasi yang menunggu keputusan Anda", count: submitted, href: "/putaran" }];
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
