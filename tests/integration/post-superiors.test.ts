// Superior posts (atasan langsung): kept inside the agency and free of loops, and used to suggest
// superior/subordinate conflicts to panel members.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CONFLICT_HINT_LABELS } from "@/lib/domain/conflict-suggestions";
import type { PositionInput } from "@/lib/schemas/position";
import { getDeclarationForm } from "@/lib/server/panel/conflicts";
import { createPosition, updatePosition } from "@/lib/server/position-writes";
import { getPosition } from "@/lib/server/positions";
import { createOfficial, createPosition as createPostRow } from "@/tests/factories/master-data";
import { buildScoringRound } from "@/tests/factories/panel";
import { buildAgencyWorld } from "@/tests/factories/world";

type World = Awaited<ReturnType<typeof buildAgencyWorld>>;

const input = (world: World, title: string, superiorId?: string): PositionInput => ({
  orgUnitId: world.unit.id, title, grade: "JPT_PRATAMA", requiredEducationFields: [], extraApprover: undefined, actingOfficialId: undefined, superiorId,
});

describe("superior posts", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildAgencyWorld(db);
  });

  it("records the superior with the post and audits it", async () => {
    const asisten = await createPosition(world.bkd, input(world, "Asisten Pemerintahan"));
    const biro = await createPosition(world.bkd, input(world, "Kepala Biro Hukum", asisten.id));
    expect((await getPosition(world.bkd, biro.id)).superiorId).toBe(asisten.id);
    await updatePosition(world.bkd, biro.id, input(world, "Kepala Biro Hukum"));
    expect((await getPosition(world.bkd, biro.id)).superiorId).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: biro.id, action: "POSITION_UPDATE" } });
    expect([event.before, event.after]).toMatchObject([{ superiorId: asisten.id }, { superiorId: null }]);
  });

  it("refuses the post itself, one of its subordinates, and another agency's post, changing nothing", async () => {
    const asisten = await createPosition(world.bkd, input(world, "Asisten Pemerintahan"));
    const biro = await createPosition(world.bkd, input(world, "Kepala Biro Hukum", asisten.id));
    const kabag = await createPosition(world.bkd, input(world, "Kepala Bagian Perundang-undangan", biro.id));
    const other = await buildAgencyWorld(db);
    const cases: [string, string][] = [
      [asisten.id, "Jabatan tidak dapat menjadi atasan dirinya sendiri."],
      [biro.id, "Jabatan atasan ini adalah bawahan dari jabatan ini; pilih jabatan lain."],
      [kabag.id, "Jabatan atasan ini adalah bawahan dari jabatan ini; pilih jabatan lain."],
      [other.posts[0]!.id, "Jabatan atasan tidak ditemukan di instansi Anda."],
    ];
    for (const [superiorId, message] of cases) {
      await expect(updatePosition(world.bkd, asisten.id, input(world, "Asisten Pemerintahan", superiorId))).rejects.toMatchObject({ fieldErrors: { superiorId: [message] } });
    }
    await expect(createPosition(world.bkd, input(world, "Baru", other.posts[0]!.id))).rejects.toMatchObject({ fieldErrors: { superiorId: [expect.any(String)] } });
    expect((await getPosition(world.bkd, asisten.id)).superiorId).toBeNull();
  });
});

describe("conflict suggestions from superior posts", () => {
  it("suggests a direct line to a member whose post is the participant's superior, or whose superior the participant's post is", async () => {
    const world = await buildScoringRound(db, { members: 2, participants: 3, declare: false });
    const participants = await db.participant.findMany({
      where: { id: { in: world.participantIds } },
      select: { id: true, official: { select: { positionId: true, position: { select: { orgUnitId: true } } } } },
    });
    const postOf = (id: string) => participants.find((p) => p.id === id)!.official.positionId!;
    const [p1, p2, p3] = world.participantIds as [string, string, string];
    // Member 1 heads a post above participant 1's post and below participant 2's post (as Plt.).
    const unitId = participants[0]!.official.position!.orgUnitId;
    const memberPost = await createPostRow(db, { agencyId: world.agency.id, orgUnitId: unitId, superiorId: postOf(p2) });
    const memberOfficial = await createOfficial(db, { agencyId: world.agency.id, name: "Sukarno" });
    await db.position.update({ where: { id: memberPost.id }, data: { actingOfficialId: memberOfficial.id } });
    await db.position.update({ where: { id: postOf(p1) }, data: { superiorId: memberPost.id } });
    await db.user.update({ where: { id: world.panel[0]!.actor.userId }, data: { officialId: memberOfficial.id } });

    const form = await getDeclarationForm(world.panel[0]!.actor, world.round.id);
    const direct = CONFLICT_HINT_LABELS.DIRECT_LINE;
    const hinted = (id: string) => form.participants.find((p) => p.id === id)!.suggestions.includes(direct);
    expect([hinted(p1), hinted(p2), hinted(p3)]).toEqual([true, true, false]);
    // A member without an official behind their account sees no such suggestion.
    const other = await getDeclarationForm(world.panel[1]!.actor, world.round.id);
    expect(other.participants.every((p) => !p.suggestions.includes(direct))).toBe(true);
  });
});
