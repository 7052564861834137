import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isUniqueViolationOn } from "@/lib/errors";
import { officialSchema } from "@/lib/schemas/official";
import { createOfficial, updateOfficial } from "@/lib/server/official-writes";
import { getOfficial, listOfficials } from "@/lib/server/officials";
import { DEFAULT_STANDARD, updateStandard } from "@/lib/server/position-standard";
import { createOrgUnit, createPosition, updateOrgUnit, updatePosition } from "@/lib/server/position-writes";
import { getPosition } from "@/lib/server/positions";
import { buildAgencyWorld } from "@/tests/factories/world";

type World = Awaited<ReturnType<typeof buildAgencyWorld>>;

const form = {
  nip: "197806152005011002",
  name: "Dra. Siti Aminah, M.Si.",
  birthDate: "1978-06-15",
  sex: "M",
  rank: "Pembina (IV/a)",
  educationLevel: "S2",
  educationField: "Administrasi Publik",
  positionId: "",
  jobTitle: "Kepala Bidang Mutasi",
  inauguratedOn: "",
  administratorSince: "2019-01-02",
  relevantExperienceSince: "",
  sanctionLevel: "NONE",
  status: "ACTIVE",
};
const parse = (values: Record<string, string>) => officialSchema.parse(values);
const audits = () => db.auditEvent.count();

describe("officials", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildAgencyWorld(db);
  });

  it.each([
    [{ nip: "197806152005011002", birthDate: "1978-06-16" }, "birthDate", "Tanggal lahir tidak sesuai dengan NIP (NIP menunjukkan 15 Juni 1978)."],
    [{ nip: "197806152005012002", sex: "M" }, "sex", "Jenis kelamin tidak sesuai dengan NIP"],
    [{ nip: "197809312005011002", birthDate: "1978-09-31" }, "nip", "NIP tidak valid"],
    [{ nip: "19780615200501100" }, "nip", "NIP tidak valid"],
  ])("rejects %j on the field %s with an Indonesian message", (patch, field, message) => {
    const result = officialSchema.safeParse({ ...form, ...patch });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toContain(message);
  });

  it("takes an empty birth date and sex from a valid NIP, and asks only for the NIP when it is invalid", () => {
    expect(parse({ ...form, birthDate: "", sex: "" })).toMatchObject({ birthDate: "1978-06-15", sex: "M" });
    const invalid = officialSchema.safeParse({ ...form, nip: "19780615200501", birthDate: "", sex: "" });
    expect(invalid.error!.issues.map((i) => i.path[0])).toEqual(["nip"]);
  });

  it("accepts a NIP typed with spaces and stores it without them", async () => {
    const { id } = await createOfficial(world.bkd, parse({ ...form, nip: "19780615 200501 1 002" }));
    expect((await getOfficial(world.bkd, id)).nip).toBe("197806152005011002");
  });

  it("creates and updates with one audit row each, and refuses a duplicate NIP", async () => {
    let before = await audits();
    const { id } = await createOfficial(world.bkd, parse(form));
    expect(await audits()).toBe(before + 1);
    before = await audits();
    await updateOfficial(world.bkd, id, parse({ ...form, rank: "Pembina Tingkat I (IV/b)" }));
    expect(await audits()).toBe(before + 1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "OFFICIAL_UPDATE" } });
    expect(event.before).toMatchObject({ rank: "Pembina (IV/a)" });
    expect(event.after).toMatchObject({ rank: "Pembina Tingkat I (IV/b)" });
    before = await audits();
    await expect(createOfficial(world.bkd, parse(form))).rejects.toMatchObject({ fieldErrors: { nip: ["NIP ini sudah terdaftar di instansi Anda."] } });
    expect(await audits()).toBe(before);
  });

  it("refuses a post held by someone else", async () => {
    await expect(createOfficial(world.bkd, parse({ ...form, positionId: world.posts[0]!.id }))).rejects.toMatchObject({
      fieldErrors: { positionId: [expect.stringContaining("sudah dijabat")] },
    });
  });

  it("tells a post taken in the meantime from a taken NIP in PostgreSQL's unique violation", async () => {
    const [first, second] = [world.incumbents[0]!, world.incumbents[1]!];
    const postTaken = await db.official.update({ where: { id: second.id }, data: { positionId: first.positionId } }).catch((e: unknown) => e);
    expect([isUniqueViolationOn(postTaken, "positionId"), isUniqueViolationOn(postTaken, "nip")]).toEqual([true, false]);
    const nipTaken = await db.official.update({ where: { id: second.id }, data: { nip: first.nip } }).catch((e: unknown) => e);
    expect([isUniqueViolationOn(nipTaken, "positionId"), isUniqueViolationOn(nipTaken, "nip")]).toEqual([false, true]);
  });

  it("keeps another agency's BKD out", async () => {
    const other = await buildAgencyWorld(db);
    const { id } = await createOfficial(world.bkd, parse(form));
    await expect(getOfficial(other.bkd, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateOfficial(other.bkd, id, parse({ ...form, name: "Diubah" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createOfficial(other.bkd, parse({ ...form, positionId: world.posts[1]!.id }))).rejects.toMatchObject({ fieldErrors: { positionId: [expect.stringContaining("tidak ditemukan")] } });
    expect((await listOfficials(other.bkd, { q: "Siti" })).total).toBe(0);
    // The same NIP may exist in two agencies: it is unique per agency.
    await expect(createOfficial(other.bkd, parse(form))).resolves.toMatchObject({ id: expect.any(String) });
  });
});

describe("OPD, posts and standards", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildAgencyWorld(db);
  });

  it("audits every change and gives a new JPT post the default standard", async () => {
    let before = await audits();
    const unit = await createOrgUnit(world.bkd, { name: "Dinas Pariwisata", shortName: "Dispar" });
    await updateOrgUnit(world.bkd, unit.id, { name: "Dinas Pariwisata dan Kebudayaan", shortName: "Disparbud" });
    const post = await createPosition(world.bkd, { orgUnitId: unit.id, title: "Kepala Dinas Pariwisata", grade: "JPT_PRATAMA", requiredEducationFields: ["Pariwisata"], extraApprover: undefined, actingOfficialId: undefined, superiorId: undefined });
    await updatePosition(world.bkd, post.id, { orgUnitId: unit.id, title: "Kepala Dinas Pariwisata dan Kebudayaan", grade: "JPT_PRATAMA", requiredEducationFields: [], extraApprover: undefined, actingOfficialId: undefined, superiorId: undefined });
    expect(await audits()).toBe(before + 4);
    expect((await getPosition(world.bkd, post.id)).standard).toEqual({ core: DEFAULT_STANDARD.core, technical: [] });

    before = await audits();
    const standard = { core: { ...DEFAULT_STANDARD.core, INTEGRITAS: 5, KOMUNIKASI: 3.5 }, technical: [{ name: "Pemasaran destinasi", level: 3 }] };
    await updateStandard(world.bkd, post.id, standard);
    expect(await audits()).toBe(before + 1);
    expect((await getPosition(world.bkd, post.id)).standard).toEqual({ ...standard, technical: [{ code: expect.stringMatching(/^TEKNIS_[0-9A-F]{16}$/), ...standard.technical[0] }] });
  });

  it("keeps another agency's BKD out of posts and OPD", async () => {
    const other = await buildAgencyWorld(db);
    const post = world.posts[0]!;
    await expect(getPosition(other.bkd, post.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateStandard(other.bkd, post.id, DEFAULT_STANDARD)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateOrgUnit(other.bkd, world.unit.id, { name: "X", shortName: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createPosition(other.bkd, { orgUnitId: world.unit.id, title: "Y", grade: "JPT_PRATAMA", requiredEducationFields: [], extraApprover: undefined, actingOfficialId: undefined, superiorId: undefined })).rejects.toMatchObject({
      fieldErrors: { orgUnitId: [expect.any(String)] },
    });
  });
});
