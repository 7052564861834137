// Demo data for `npm start`: one agency with its OPD, posts, officials, three years of
// performance, one user per role and a job-fit round being scored by a 7-member panel. Built from
// the same factories as the tests. Idempotent: when the demo agency exists nothing is written.
import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db } from "@/lib/db";
import { CORE_COMPETENCIES } from "@/lib/domain/competency";
import { fromIsoDate } from "@/lib/iso-date";
import { createAgency, createOfficial, createOrgUnit, createPosition, createUser } from "@/tests/factories/master-data";
import { seededRandom } from "@/tests/factories/random";
import { addPanelMember, addParticipant, addRoundPosition, createRound } from "@/tests/factories/round";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildFinalisedDemoRound } from "./demo-finalised-round";
import {
  DEMO_ADMINISTRATOR_POSTS, DEMO_AGENCY, DEMO_ORG_UNITS, DEMO_PANEL, DEMO_PASSWORD, DEMO_SUPERIORS, DEMO_USERS,
  EDUCATION_FIELDS, FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, RANKS,
} from "./demo-data";

type Tx = Prisma.TransactionClient;

const REFERENCE_DATE = "2026-11-02";
const VACANT_POSTS = 2;
const ADMINISTRATORS = 10;
const ROUND_POSTS = 10;
const PERFORMANCE_YEARS = [2023, 2024, 2025];
const SKP = ["SANGAT_BAIK", "BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN"] as const;

const pad = (n: number) => String(n).padStart(2, "0");

export async function seedDemo(db: Db): Promise<{ created: boolean }> {
  const existing = await db.agency.findUnique({ where: { name: DEMO_AGENCY.name }, select: { id: true } });
  if (existing) return { created: false };
  await db.$transaction((tx) => buildDemo(tx), { timeout: 120_000, maxWait: 10_000 });
  return { created: true };
}

async function buildDemo(tx: Tx) {
  const random = seededRandom(20261122);
  const agency = await createAgency(tx, DEMO_AGENCY);
  await tx.blackoutWindow.create({
    data: { agencyId: agency.id, kind: "ELECTION", startsOn: fromIsoDate("2029-03-01"), endsOn: fromIsoDate("2029-12-31"), note: "Contoh: 6 bulan sebelum penetapan paslon Pilkada 2029 (Demo)" },
  });

  const officialOf = (grade: "JPT" | "ADM") => {
    const sex = random.next() < 0.3 ? ("F" as const) : ("M" as const);
    const birthYear = grade === "JPT" ? random.int(1967, 1982) : random.int(1976, 1988);
    const birthDate = `${birthYear}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    const first = random.pick(sex === "M" ? FIRST_NAMES_M : FIRST_NAMES_F);
    const field = random.pick(EDUCATION_FIELDS);
    return {
      agencyId: agency.id,
      birthDate,
      sex,
      appointedMonth: `${birthYear + random.int(23, 27)}-${pad(random.int(1, 12))}`,
      name: `${random.next() < 0.3 ? "Dr. " : ""}${first} ${random.pick(LAST_NAMES)}, S.${field.startsWith("Teknik") ? "T" : "E"}., M.Si.`,
      rank: grade === "JPT" ? random.pick(RANKS.slice(1)) : RANKS[0]!,
      educationLevel: random.next() < 0.25 ? ("S3" as const) : ("S2" as const),
      educationField: field,
    };
  };

  const positions: { id: string; title: string }[] = [];
  const orgUnitIds = new Map<string, string>();
  for (const unit of DEMO_ORG_UNITS) {
    const orgUnit = await createOrgUnit(tx, { agencyId: agency.id, name: unit.name, shortName: unit.shortName });
    orgUnitIds.set(unit.name, orgUnit.id);
    for (const post of unit.posts) {
      const position = await createPosition(tx, {
        agencyId: agency.id,
        orgUnitId: orgUnit.id,
        title: post.title,
        requiredEducationFields: post.fields ?? [],
        technical: post.technical ? [{ name: post.technical, level: 3 }] : [],
        extraApprover: post.title.includes("Kependudukan") ? "Direktorat Jenderal Kependudukan dan Pencatatan Sipil, Kemendagri" : null,
      });
      positions.push({ id: position.id, title: position.title });
    }
  }
  for (const post of DEMO_ADMINISTRATOR_POSTS) {
    await createPosition(tx, { agencyId: agency.id, orgUnitId: orgUnitIds.get(post.orgUnit)!, title: post.title, grade: "ADMINISTRATOR" });
  }
  const postIds = new Map((await tx.position.findMany({ where: { agencyId: agency.id }, select: { id: true, title: true } })).map((p) => [p.title, p.id]));
  for (const [title, superior] of Object.entries(DEMO_SUPERIORS)) {
    await tx.position.update({ where: { id: postIds.get(title)! }, data: { superiorId: postIds.get(superior)! } });
  }

  const filled = positions.slice(0, positions.length - VACANT_POSTS);
  const incumbents = [];
  for (const position of filled) {
    const inauguratedOn = `${random.int(2019, 2025)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    incumbents.push(
      await createOfficial(tx, { ...officialOf("JPT"), positionId: position.id, inauguratedOn: fromIsoDate(inauguratedOn) }),
    );
  }
  const administrators = [];
  for (let index = 0; index < ADMINISTRATORS; index++) {
    administrators.push(
      await createOfficial(tx, {
        ...officialOf("ADM"),
        jobTitle: `Kepala Bidang ${random.pick(EDUCATION_FIELDS)}`,
        administratorSince: fromIsoDate(`${random.int(2014, 2022)}-01-02`),
        relevantExperienceSince: fromIsoDate(`${random.int(2008, 2016)}-01-02`),
      }),
    );
  }
  // One vacant post is held by an acting head (Plt).
  await tx.position.update({ where: { id: positions.at(-1)!.id }, data: { actingOfficialId: administrators[0]!.id } });

  for (const official of [...incumbents, ...administrators]) {
    await tx.performanceRecord.createMany({
      data: PERFORMANCE_YEARS.map((year) => ({
        officialId: official.id,
        year,
        contractAchievement: random.decimal(58, 104),
        skpRating: random.pick(SKP),
      })),
    });
  }

  const users = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const created = await createUser(tx, { agencyId: agency.id, ...user, password: DEMO_PASSWORD });
    users.set(user.email, created.id);
  }

  await buildDemoRound(tx, agency.id, filled.slice(0, ROUND_POSTS), incumbents.slice(0, ROUND_POSTS), users, random);
  await buildFinalisedDemoRound(tx, agency.id, filled.slice(ROUND_POSTS, 2 * ROUND_POSTS), incumbents.slice(ROUND_POSTS, 2 * ROUND_POSTS), users, random);
}

async function buildDemoRound(
  tx: Tx,
  agencyId: string,
  posts: { id: string }[],
  incumbents: { id: string }[],
  users: Map<string, string>,
  random: ReturnType<typeof seededRandom>,
) {
  const round = await createRound(tx, {
    agencyId,
    name: "Uji Kompetensi JPT Pratama 2026 (Demo)",
    referenceDate: REFERENCE_DATE,
    status: "SCORING",
    scoringOpensOn: fromIsoDate("2026-11-09"),
    scoringClosesOn: fromIsoDate("2026-12-04"),
  });
  const participants = [];
  for (const [index, post] of posts.entries()) {
    const roundPosition = await addRoundPosition(tx, { roundId: round.id, positionId: post.id });
    participants.push(await addParticipant(tx, { roundId: round.id, officialId: incumbents[index]!.id, roundPositionId: roundPosition.id }));
  }
  for (const [index, member] of DEMO_PANEL.entries()) {
    await addPanelMember(tx, {
      roundId: round.id,
      userId: member.email ? (users.get(member.email) ?? null) : null,
      externalName: member.externalName ?? null,
      role: member.role,
      internal: member.internal,
      institution: member.institution,
      decreeNumber: `800.1.3/${410 + index}/BKD-Demo/2026`,
    });
  }
  // The assessment centre has delivered 8 of 10 participants; the track-record check 6 of 10.
  for (const participant of participants.slice(0, 8)) {
    await tx.assessmentResult.createMany({
      data: CORE_COMPETENCIES.map((code) => ({
        participantId: participant.id,
        competencyCode: code,
        level: random.decimal(2.8, 4.6, 1),
        assessor: "UPT Penilaian Kompetensi Demo",
        assessedOn: fromIsoDate("2026-10-20"),
        source: "MANUAL",
      })),
    });
  }
  for (const participant of participants.slice(0, 6)) {
    await tx.trackRecord.create({
      data: {
        participantId: participant.id,
        superiorScore: random.decimal(65, 95),
        peerScore: random.decimal(65, 95),
        subordinateScore: random.decimal(60, 95),
      },
    });
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = createPrismaClient(url);
  try {
    const { created } = await seedDemo(db);
    console.log(created ? "Demo data created." : "Demo data already present; nothing changed.");
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
