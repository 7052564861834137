// Indonesian labels of the enums the UI shows. Rule-specific labels (JPM categories, eligibility
// reasons, ...) live beside their rules in lib/domain.

export const ROUND_TYPE_LABELS = { JOB_FIT: "Uji kompetensi (job fit)", OPEN_SELECTION: "Seleksi terbuka" } as const;

export const PANEL_ROLE_LABELS = { KETUA: "Ketua", SEKRETARIS: "Sekretaris", ANGGOTA: "Anggota" } as const;

export const OFFICIAL_STATUS_LABELS = { ACTIVE: "Aktif", INACTIVE: "Nonaktif", RETIRED: "Pensiun" } as const;

export const POSITION_GRADE_LABELS = { JPT_PRATAMA: "JPT Pratama", ADMINISTRATOR: "Administrator (eselon III)" } as const;

export const BLACKOUT_KIND_LABELS = { HEAD_INAUGURATION: "Pelantikan kepala daerah", ELECTION: "Pilkada", OTHER: "Lainnya" } as const;
