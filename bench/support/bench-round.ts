// The results-page benchmark's data: one agency whose 500 JPT Pratama incumbents are all in one
// job-fit round scored by a 7-member panel (7,000 submitted sheets). The few single rows come from
// the shared factories; the bulk goes in with createMany in batches, so seeding takes seconds, not
// the minutes 50,000 single inserts would.
import { CORE_COMPETENCIES, COMPETENCY_LABELS, DEFAULT_STANDARD_LEVEL, MANAGERIAL_COMPETENCIES } from "@/lib/domain/competency";
import { DEFAULT_RUBRIC } from "@/lib/domain/round-config";
import { sheetScore, type SheetItem } from "@/lib/domain/scoring/sheet";
import type { Db } from "@/lib/db";
import { fromIsoDate } from "@/lib/iso-date";
import { DEMO_ORG_UNITS, EDUCATION_FIELDS, FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, RANKS } from "@/prisma/demo-data";
import { createAgency, createUser } from "@/tests/factories/master-data";
import { makeNip } from "@/tests/factories/nip";
import { seededRandom } from "@/tests/factories/random";
import { createRound } from "@/tests/factories/round";

export const BENCH_PASSWORD = "bench12345";
export const PARTICIPANTS = 500;
export const PANEL_MEMBERS = 7;
const ORG_UNITS = 25;
const BATCH = 1000;
const COMPONENTS = ["PAPER", "INTERVIEW"] as const;
const SKP = ["SANGAT_BAIK", "BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN"] as const;
const MORE_ORG_UNITS = [
  "Dinas Sosial", "Dinas Pertanian", "Dinas Perindustrian dan Perdagangan", "Dinas Pariwisata", "Dinas Tenaga Kerja dan Transmigrasi",
  "Dinas Komunikasi dan Informatika", "Dinas Pemuda dan Olahraga", "Dinas Kehutanan", "Dinas Energi dan Sumber Daya Mineral",
  "Badan Pendapatan Daerah", "Badan Penanggulangan Bencana Daerah", "Satuan Polisi Pamong Praja",
];
const PANEL_NAMES = [
  "Prof. Dr. Hartono Wibisono, M.P.A.", "Dr. Lestari Widuri, M.Psi.", "Drs. Agus Nugroho, M.M.", "Dr. Maria Ulfa, S.H., M.H.",
  "Ir. Hendra Kusuma, M.T.", "Siti Nurhaliza, S.E., M.Ak.", "Dr. Rahmat Hidayat, M.Si.",
];

type Random = ReturnType<typeof seededRandom>;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Writes `rows` in batches of BATCH (one INSERT each, well under PostgreSQL's 65,535 bind parameters). */
async function inBatches<T, R>(rows: T[], write: (batch: T[]) => Promise<R[] | { count: number }>): Promise<R[]> {
  const returned: R[] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    const result = await write(rows.slice(start, start + BATCH));
    if (Array.isArray(result)) returned.push(...result);
  }
  return returned;
}

function officialName(random: Random, sex: "M" | "F") {
  const first = random.pick(sex === "M" ? FIRST_NAMES_M : FIRST_NAMES_F);
  return `${random.next() < 0.3 ? "Dr. " : ""}${first} ${random.pick(LAST_NAMES)}, ${random.pick(["S.E.", "S.H.", "S.T.", "S.Sos."])}, M.Si.`;
}

/** Unique NIPs (one per agency) that parse: birth 1967-1982, CPNS appointment at 23-27. */
function officialRows(random: Random, agencyId: string, posts: { id: string }[]) {
  const nips = new Set<string>();
  return posts.map((post, index) => {
    const sex = random.next() < 0.3 ? ("F" as const) : ("M" as const);
    const birthYear = random.int(1967, 1982);
    const birthDate = `${birthYear}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    const appointed = `${birthYear + random.int(23, 27)}-${pad(random.int(1, 12))}`;
    let sequence = (index % 999) + 1;
    while (nips.has(makeNip(birthDate, appointed, sex, sequence))) sequence = (sequence % 999) + 1;
    const nip = makeNip(birthDate, appointed, sex, sequence);
    nips.add(nip);
    return {
      agencyId, nip, name: officialName(random, sex), birthDate: fromIsoDate(birthDate), sex,
      rank: random.pick(RANKS.slice(1)), educationLevel: random.next() < 0.25 ? ("S3" as const) : ("S2" as const),
      educationField: random.pick(EDUCATION_FIELDS), positionId: post.id,
      // At least two years in post before the reference date (UU 5/2014 art. 116): all eligible.
      inauguratedOn: fromIsoDate(`${random.int(2016, 2023)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`),
    };
  });
}

/** One panel member's rubric values for a participant: the participant's level or one above, so
 * a sheet spreads at most 20 points from another and no dispersion flag (strictly above 20) is raised. */
const sheetItems = (random: Random, base: number, component: (typeof COMPONENTS)[number]): SheetItem[] =>
  DEFAULT_RUBRIC[component].map((c) => ({ criterion: c.code, value: Math.min(5, base + random.int(0, 1)), note: "" }));

export async function seedBenchRound(db: Db, seed: number) {
  const random = seededRandom(seed);
  const agency = await createAgency(db, { name: "Pemerintah Provinsi Uji Kinerja (Benchmark)", type: "PROVINSI", regionName: "Provinsi Uji Kinerja", headTitle: "Gubernur" });
  const sekda = await createUser(db, { agencyId: agency.id, role: "SEKDA", email: "sekda@bench.test", name: "Dr. H. Sekda Benchmark, M.Si.", password: BENCH_PASSWORD });

  const unitNames = [...DEMO_ORG_UNITS.map((u) => u.name), ...MORE_ORG_UNITS].slice(0, ORG_UNITS);
  const units = await db.orgUnit.createManyAndReturn({ data: unitNames.map((name) => ({ agencyId: agency.id, name })), select: { id: true, name: true } });
  const posts = await inBatches(
    Array.from({ length: PARTICIPANTS }, (_, i) => ({ agencyId: agency.id, orgUnitId: units[i % ORG_UNITS]!.id, title: `Jabatan Pimpinan Tinggi Pratama ${pad(i + 1, 3)} ${units[i % ORG_UNITS]!.name}` })),
    (data) => db.position.createManyAndReturn({ data, select: { id: true } }),
  );
  await inBatches(
    posts.flatMap((post) =>
      CORE_COMPETENCIES.map((code) => ({
        positionId: post.id, code, name: COMPETENCY_LABELS[code], level: DEFAULT_STANDARD_LEVEL,
        kind: (MANAGERIAL_COMPETENCIES as readonly string[]).includes(code) ? ("MANAGERIAL" as const) : ("SOCIOCULTURAL" as const),
      })),
    ),
    (data) => db.competencyStandard.createMany({ data }),
  );
  const officials = await inBatches(officialRows(random, agency.id, posts), (data) => db.official.createManyAndReturn({ data, select: { id: true, positionId: true } }));
  await inBatches(
    officials.map((o) => ({ officialId: o.id, year: 2025, contractAchievement: random.decimal(60, 110), skpRating: random.pick(SKP) })),
    (data) => db.performanceRecord.createMany({ data }),
  );

  const round = await createRound(db, { agencyId: agency.id, status: "SCORING", name: "Uji Kompetensi JPT Pratama 2026 (Benchmark)" });
  const config = await db.roundConfigVersion.findFirstOrThrow({ where: { roundId: round.id }, select: { id: true } });
  const roundPositions = await inBatches(posts.map((p) => ({ roundId: round.id, positionId: p.id })), (data) => db.roundPosition.createManyAndReturn({ data, select: { id: true, positionId: true } }));
  const roundPositionOf = new Map(roundPositions.map((rp) => [rp.positionId, rp.id]));
  const participants = await inBatches(
    officials.map((o) => ({ roundId: round.id, officialId: o.id, roundPositionId: roundPositionOf.get(o.positionId!)!, eligible: true })),
    (data) => db.participant.createManyAndReturn({ data, select: { id: true } }),
  );

  const panelUsers = [];
  for (const [i, name] of PANEL_NAMES.slice(0, PANEL_MEMBERS).entries()) {
    panelUsers.push(await createUser(db, { agencyId: agency.id, role: "PANEL", email: `pansel${i + 1}@bench.test`, name, password: BENCH_PASSWORD }));
  }
  // 3 of 7 internal (at most 45 %), the first member chairs.
  const seats = await db.panelMember.createManyAndReturn({
    data: panelUsers.map((u, i) => ({ roundId: round.id, userId: u.id, role: i === 0 ? ("KETUA" as const) : ("ANGGOTA" as const), internal: [2, 4, 5].includes(i), institution: "Benchmark" })),
    select: { id: true },
  });
  await inBatches(
    seats.flatMap((s) => participants.map((p) => ({ panelMemberId: s.id, participantId: p.id, hasConflict: false }))),
    (data) => db.conflictDeclaration.createMany({ data }),
  );
  await inBatches(
    participants.flatMap((p) => {
      const base = random.decimal(3, 4.6);
      return CORE_COMPETENCIES.map((code) => ({ participantId: p.id, competencyCode: code, level: Math.min(5, Math.max(1, Number((base + random.decimal(-0.5, 0.5)).toFixed(2)))), source: "MANUAL" }));
    }),
    (data) => db.assessmentResult.createMany({ data }),
  );
  await inBatches(
    participants.map((p) => ({ participantId: p.id, superiorScore: random.decimal(60, 95), peerScore: random.decimal(60, 95), subordinateScore: random.decimal(60, 95), sanctionLevel: random.next() < 0.02 ? ("LIGHT" as const) : ("NONE" as const) })),
    (data) => db.trackRecord.createMany({ data }),
  );

  const submittedAt = new Date("2026-11-20T03:00:00Z");
  const itemsOf = new Map<string, SheetItem[]>();
  const sheetRows = participants.flatMap((p) => {
    const base = random.int(2, 4);
    return seats.flatMap((s) =>
      COMPONENTS.map((component) => {
        const items = sheetItems(random, base, component);
        itemsOf.set(`${s.id}/${p.id}/${component}`, items);
        return { panelMemberId: s.id, participantId: p.id, component, configVersionId: config.id, status: "SUBMITTED" as const, version: 2, revision: 1, score: sheetScore(items, DEFAULT_RUBRIC[component]), submittedAt };
      }),
    );
  });
  const sheets = await inBatches(sheetRows, (data) => db.scoreSheet.createManyAndReturn({ data, select: { id: true, panelMemberId: true, participantId: true, component: true, score: true } }));
  const withItems = sheets.map((s) => ({ ...s, items: itemsOf.get(`${s.panelMemberId}/${s.participantId}/${s.component}`)! }));
  const items = withItems.flatMap((s) => s.items.map((i) => ({ sheetId: s.id, criterion: i.criterion, value: i.value!, note: "" })));
  await inBatches(items, (data) => db.scoreItem.createMany({ data }));
  await inBatches(
    withItems.map((s) => ({ sheetId: s.id, revision: 1, items: s.items, score: s.score!, submittedAt })),
    (data) => db.scoreSheetRevision.createMany({ data }),
  );

  return {
    roundId: round.id,
    sekda: { email: sekda.email, password: BENCH_PASSWORD },
    chairUserId: panelUsers[0]!.id,
    postIds: posts.map((p) => p.id),
    rows: { sheets: sheets.length, items: items.length, revisions: withItems.length, participants: participants.length },
  };
}
