// Factories shared by the demo seed and the tests: each creates one row with sensible defaults
// and returns it. They take the Prisma client or a transaction, never a global.
import { hash } from "@node-rs/argon2";
import { CORE_COMPETENCIES, COMPETENCY_LABELS, DEFAULT_STANDARD_LEVEL, MANAGERIAL_COMPETENCIES } from "@/lib/domain/competency";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { makeNip } from "./nip";

type Tx = Prisma.TransactionClient;

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

const hashes = new Map<string, Promise<string>>();
/** argon2 takes ~70 ms; tests create many users with the same password. */
export function passwordHash(password: string) {
  if (!hashes.has(password)) hashes.set(password, hash(password));
  return hashes.get(password)!;
}

export async function createAgency(tx: Tx, data: Partial<Prisma.AgencyUncheckedCreateInput> = {}) {
  return tx.agency.create({
    data: {
      name: `Pemerintah Kota Uji ${unique()}`,
      type: "KOTA",
      regionName: "Kota Uji",
      headTitle: "Wali Kota",
      oversightBodyName: "Badan Kepegawaian Negara",
      oversightMode: "RECOMMENDATION",
      ...data,
    },
  });
}

export async function createUser(
  tx: Tx,
  data: { agencyId: string; role: Role; password?: string } & Partial<Omit<Prisma.UserUncheckedCreateInput, "passwordHash">>,
) {
  const { password = "rahasia-uji", ...rest } = data;
  return tx.user.create({
    data: {
      email: `${data.role.toLowerCase()}-${unique()}@uji.test`,
      name: `Pengguna ${data.role}`,
      passwordHash: await passwordHash(password),
      ...rest,
    },
  });
}

export async function createOrgUnit(tx: Tx, data: { agencyId: string } & Partial<Prisma.OrgUnitUncheckedCreateInput>) {
  return tx.orgUnit.create({ data: { name: `Dinas Uji ${unique()}`, ...data } });
}

/** A post with the default JPT Pratama standard: level 4 on the 8 managerial competencies and
 * Perekat Bangsa (PermenPANRB 38/2017), plus any technical competencies given. */
export async function createPosition(
  tx: Tx,
  data: { agencyId: string; orgUnitId: string; technical?: { name: string; level: number }[] } & Partial<Prisma.PositionUncheckedCreateInput>,
) {
  const { technical = [], ...rest } = data;
  return tx.position.create({
    data: {
      title: `Kepala Dinas Uji ${unique()}`,
      ...rest,
      standards: {
        create: [
          ...CORE_COMPETENCIES.map((code, i) => ({
            code,
            sortOrder: i,
            kind: (MANAGERIAL_COMPETENCIES as readonly string[]).includes(code) ? ("MANAGERIAL" as const) : ("SOCIOCULTURAL" as const),
            name: COMPETENCY_LABELS[code],
            level: DEFAULT_STANDARD_LEVEL,
          })),
          // Numbered as the first version of the product did; stored codes are kept as they are (ADR 0013).
          ...technical.map((t, i) => ({ code: `TEKNIS_${i + 1}`, kind: "TECHNICAL" as const, name: t.name, level: t.level, sortOrder: CORE_COMPETENCIES.length + i })),
        ],
      },
    },
  });
}

let sequence = 1;

export async function createOfficial(
  tx: Tx,
  data: { agencyId: string; birthDate?: string; appointedMonth?: string; sex?: "M" | "F" } & Partial<
    Omit<Prisma.OfficialUncheckedCreateInput, "birthDate" | "sex">
  >,
) {
  const { birthDate = "1975-06-15", appointedMonth = "2000-03", sex = "M", ...rest } = data;
  return tx.official.create({
    data: {
      nip: makeNip(birthDate, appointedMonth, sex, (sequence++ % 999) + 1),
      name: `Pejabat Uji ${unique()}`,
      birthDate: new Date(`${birthDate}T00:00:00Z`),
      sex,
      rank: "Pembina Utama Muda (IV/c)",
      educationLevel: "S2",
      educationField: "Administrasi Publik",
      ...rest,
    },
  });
}
