// Who may do what, in one table. Services call `assertCan` at the data boundary; the UI calls
// `can` only to hide what a user cannot do. Per-round duties (KETUA, panel membership, conflicts)
// are checked by the services against the round's own records, on top of this table.
import { AppError } from "@/lib/errors";

export const ROLES = ["ADMIN", "BKD", "PANEL", "SEKDA", "HEAD"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "users:manage",
  "audit:read",
  "masterdata:read",
  "masterdata:write",
  "import:run",
  "round:read",
  "round:manage",
  "round:enter-data",
  "round:progress",
  "panel:score",
  "results:read",
  "results:finalise",
  "proposal:draft",
  "proposal:submit",
  "proposal:decide",
  "oversight:manage",
  "inauguration:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: ["users:manage", "audit:read", "masterdata:read"],
  BKD: [
    "audit:read",
    "masterdata:read",
    "masterdata:write",
    "import:run",
    "round:read",
    "round:manage",
    "round:enter-data",
    "round:progress",
    "results:read",
    "results:finalise",
    "proposal:draft",
    "oversight:manage",
    "inauguration:manage",
  ],
  // A panel member reaches only the rounds whose panel they sit on; the services check the seat.
  PANEL: ["panel:score"],
  SEKDA: ["masterdata:read", "round:read", "round:progress", "results:read", "proposal:draft", "proposal:submit"],
  HEAD: ["masterdata:read", "round:read", "results:read", "proposal:decide"],
};

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator Sistem",
  BKD: "Staf BKD",
  PANEL: "Anggota Pansel",
  SEKDA: "Sekretaris Daerah",
  HEAD: "Kepala Daerah",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Unknown roles are denied. */
export function can(role: unknown, permission: Permission): boolean {
  return isRole(role) && ROLE_PERMISSIONS[role].includes(permission);
}

export function assertCan(role: unknown, permission: Permission): void {
  if (!can(role, permission)) {
    throw new AppError("FORBIDDEN", "Anda tidak berwenang melakukan tindakan ini.");
  }
}
