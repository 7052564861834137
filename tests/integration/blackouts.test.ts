import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addBlackout, listBlackouts, removeBlackout } from "@/lib/server/blackouts";
import { createRound, setRoundPositions } from "@/lib/server/round-setup/basics";
import { addParticipant } from "@/lib/server/round-setup/participants";
import { getRoundSetup } from "@/lib/server/round-setup/view";
import { buildAgencyWorld } from "@/tests/factories/world";

describe("blackout windows", () => {
  it("derives the window from the head's inauguration and marks the job-fit incumbents inside it", async () => {
    const world = await buildAgencyWorld(db);
    const before = await db.auditEvent.count();
    const { id: blackoutId } = await addBlackout(world.bkd, { kind: "HEAD_INAUGURATION", eventDate: "2026-05-03", endsOn: undefined, note: undefined });
    expect(await db.auditEvent.count()).toBe(before + 1);
    expect(await listBlackouts(world.bkd)).toEqual([expect.objectContaining({ kind: "HEAD_INAUGURATION", from: "2026-05-03", to: "2026-11-02" })]);

    const { id: roundId } = await createRound(world.bkd, { type: "JOB_FIT", name: "Uji", referenceDate: "2026-11-02" });
    await setRoundPositions(world.bkd, roundId, { positionIds: [world.posts[0]!.id], reservedIds: [] });
    const candidate = (await getRoundSetup(world.bkd, roundId)).candidates[0]!;
    expect(candidate).toMatchObject({ eligible: false, reasons: ["BLACKOUT_WINDOW"] });
    await expect(addParticipant(world.bkd, roundId, { officialId: world.incumbents[0]!.id })).rejects.toMatchObject({ fieldErrors: { overrideReason: [expect.stringContaining("masa larangan")] } });

    await removeBlackout(world.bkd, blackoutId);
    expect((await getRoundSetup(world.bkd, roundId)).candidates[0]).toMatchObject({ eligible: true, reasons: [] });
  });

  it("keeps another agency out", async () => {
    const world = await buildAgencyWorld(db);
    const other = await buildAgencyWorld(db);
    const { id } = await addBlackout(world.bkd, { kind: "OTHER", eventDate: "2026-01-01", endsOn: "2026-02-01", note: "x" });
    expect(await listBlackouts(other.bkd)).toEqual([]);
    await expect(removeBlackout(other.bkd, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
