import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { COMPOSITE_COMPONENT_LABELS } from "@/lib/domain/scoring/composite";
import { formatIsoDate, toIsoDate } from "@/lib/iso-date";
import { BLACKOUT_KIND_LABELS } from "@/lib/labels";
import type { Actor } from "@/lib/server/users";

type Ref = { entity: string; entityId: string };

/**
 * The current name of each record an audit page refers to ("Putaran: Uji Kompetensi 2026"
 * rather than an id), one query per kind of record, scoped to the actor's agency. A record that no
 * longer exists (a removed participant) has no entry: the page falls back to the payload.
 */
export async function auditEntityNames(actor: Actor, refs: Ref[]): Promise<Map<string, string>> {
  assertCan(actor.role, "audit:read");
  const agencyId = actor.agencyId;
  const ids = (entity: string) => [...new Set(refs.filter((r) => r.entity === entity).map((r) => r.entityId))];
  // Only the kinds of record on the page are looked up (most pages name a few of the thirteen).
  const lookup = <T>(entity: string, query: (inIds: string[]) => Promise<T[]>): Promise<T[]> => {
    const list = ids(entity);
    return list.length > 0 ? query(list) : Promise.resolve([]);
  };
  const participantName = { official: { select: { name: true } } } as const;
  const [rounds, officials, positions, orgUnits, users, participants, members, proposals, moves, sheets, blackouts, performances, justifications] = await Promise.all([
    lookup("Round", (inIds) => db.round.findMany({ where: { agencyId, id: { in: inIds } }, select: { id: true, name: true } })),
    lookup("Official", (inIds) => db.official.findMany({ where: { agencyId, id: { in: inIds } }, select: { id: true, name: true } })),
    lookup("Position", (inIds) => db.position.findMany({ where: { agencyId, id: { in: inIds } }, select: { id: true, title: true } })),
    lookup("OrgUnit", (inIds) => db.orgUnit.findMany({ where: { agencyId, id: { in: inIds } }, select: { id: true, name: true } })),
    lookup("User", (inIds) => db.user.findMany({ where: { agencyId, id: { in: inIds } }, select: { id: true, name: true } })),
    lookup("Participant", (inIds) => db.participant.findMany({ where: { round: { agencyId }, id: { in: inIds } }, select: { id: true, ...participantName } })),
    lookup("PanelMember", (inIds) => db.panelMember.findMany({ where: { round: { agencyId }, id: { in: inIds } }, select: { id: true, externalName: true, user: { select: { name: true } } } })),
    lookup("RotationProposal", (inIds) => db.rotationProposal.findMany({ where: { round: { agencyId }, id: { in: inIds } }, select: { id: true, round: { select: { name: true } } } })),
    lookup("ProposedMove", (inIds) => db.proposedMove.findMany({ where: { participant: { round: { agencyId } }, id: { in: inIds } }, select: { id: true, participant: { select: participantName } } })),
    lookup("ScoreSheet", (inIds) => db.scoreSheet.findMany({ where: { participant: { round: { agencyId } }, id: { in: inIds } }, select: { id: true, component: true, participant: { select: participantName } } })),
    lookup("BlackoutWindow", (inIds) => db.blackoutWindow.findMany({ where: { agencyId, id: { in: inIds } }, select: { id: true, kind: true, startsOn: true, endsOn: true } })),
    lookup("PerformanceRecord", (inIds) => db.performanceRecord.findMany({ where: { official: { agencyId }, id: { in: inIds } }, select: { id: true, year: true, official: { select: { name: true } } } })),
    lookup("DispersionJustification", (inIds) => db.dispersionJustification.findMany({ where: { round: { agencyId }, id: { in: inIds } }, select: { id: true, component: true, participant: { select: participantName } } })),
  ]);
  const names = new Map<string, string>();
  const put = (entity: string, id: string, name: string | null | undefined) => {
    if (name) names.set(`${entity}:${id}`, name);
  };
  for (const r of rounds) put("Round", r.id, r.name);
  for (const o of officials) put("Official", o.id, o.name);
  for (const p of positions) put("Position", p.id, p.title);
  for (const u of orgUnits) put("OrgUnit", u.id, u.name);
  for (const u of users) put("User", u.id, u.name);
  for (const p of participants) put("Participant", p.id, p.official.name);
  for (const m of members) put("PanelMember", m.id, m.user?.name ?? m.externalName);
  for (const p of proposals) put("RotationProposal", p.id, p.round.name);
  for (const m of moves) put("ProposedMove", m.id, m.participant.official.name);
  for (const s of sheets) put("ScoreSheet", s.id, `${COMPOSITE_COMPONENT_LABELS[s.component]} ${s.participant.official.name}`);
  const day = (date: Date) => formatIsoDate(toIsoDate(date));
  for (const w of blackouts) put("BlackoutWindow", w.id, `${BLACKOUT_KIND_LABELS[w.kind]} ${day(w.startsOn)}${w.endsOn ? ` – ${day(w.endsOn)}` : " – seterusnya"}`);
  for (const p of performances) put("PerformanceRecord", p.id, `${p.year} ${p.official.name}`);
  for (const j of justifications) put("DispersionJustification", j.id, `${COMPOSITE_COMPONENT_LABELS[j.component]} ${j.participant.official.name}`);
  return names;
}
