import { can, type Permission, type Role } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; permission?: Permission };

const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Beranda" },
  { href: "/penilaian", label: "Penilaian Saya", permission: "panel:score" },
  { href: "/putaran", label: "Putaran Seleksi", permission: "round:read" },
  { href: "/pegawai", label: "Pejabat", permission: "masterdata:read" },
  { href: "/jabatan/opd", label: "OPD", permission: "masterdata:read" },
  { href: "/jabatan", label: "Jabatan", permission: "masterdata:read" },
  { href: "/impor", label: "Impor Data", permission: "import:run" },
  { href: "/larangan", label: "Masa Larangan", permission: "masterdata:write" },
  { href: "/pengguna", label: "Pengguna", permission: "users:manage" },
  { href: "/audit", label: "Jejak Audit", permission: "audit:read" },
  { href: "/tentang", label: "Tentang" },
];

export function navigationFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || can(role, item.permission));
}
