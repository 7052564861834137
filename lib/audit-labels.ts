// Indonesian names of the audit trail's action and entity codes. The codes stay in the rows (an
// inspector queries them); the reader sees these. An unknown code is shown as it is rather than
// hidden, so a new action is never missing from the trail.

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  SIGN_IN: "Masuk ke aplikasi",
  SIGN_IN_FAILED: "Gagal masuk (kata sandi salah)",
  OFFICIAL_CREATE: "Menambah pejabat",
  OFFICIAL_UPDATE: "Mengubah data pejabat",
  ORG_UNIT_CREATE: "Menambah OPD",
  ORG_UNIT_UPDATE: "Mengubah OPD",
  POSITION_CREATE: "Menambah jabatan",
  POSITION_UPDATE: "Mengubah jabatan",
  STANDARD_UPDATE: "Mengubah standar kompetensi jabatan",
  IMPORT_OFFICIALS: "Impor data pejabat",
  IMPORT_ASSESSMENT: "Impor hasil asesmen",
  BLACKOUT_ADD: "Menambah masa larangan mutasi",
  BLACKOUT_REMOVE: "Menghapus masa larangan mutasi",
  ROUND_CREATE: "Membuat putaran seleksi",
  ROUND_UPDATE: "Mengubah data putaran",
  ROUND_POSITIONS_SET: "Menetapkan jabatan putaran",
  ROUND_OVERSIGHT_SET: "Menetapkan pengawasan",
  ROUND_CONFIG_UPDATE: "Mengubah bobot dan rubrik",
  ROUND_CONFIG_NEW_VERSION: "Menyimpan versi baru bobot dan rubrik",
  ROUND_START_SCORING: "Memulai penilaian",
  ROUND_FINALISE: "Memfinalkan hasil",
  RESULTS_CORRECT: "Mengoreksi hasil (versi hasil baru)",
  PARTICIPANT_ADD: "Menambah peserta",
  PARTICIPANT_REMOVE: "Menghapus peserta",
  PARTICIPANT_RECHECK: "Memeriksa ulang syarat peserta",
  ASSESSMENT_SAVE: "Menyimpan hasil asesmen",
  TRACK_RECORD_SAVE: "Menyimpan rekam jejak",
  PERFORMANCE_SAVE: "Menyimpan capaian kinerja",
  WRITTEN_TEST_SAVE: "Menyimpan nilai tes tertulis",
  PANEL_MEMBER_ADD: "Menambah anggota pansel",
  PANEL_MEMBER_REMOVE: "Menghapus anggota pansel",
  CONFLICTS_DECLARE: "Menyatakan konflik kepentingan",
  SHEET_SAVE_DRAFT: "Menyimpan draf lembar penilaian",
  SHEET_SUBMIT: "Mengirim lembar penilaian",
  SHEET_REVISE: "Merevisi lembar penilaian",
  DISPERSION_JUSTIFY: "Menjustifikasi sebaran nilai",
  PROPOSAL_SUGGEST: "Menerapkan saran penempatan",
  PROPOSAL_TOP_CANDIDATES: "Menyiapkan tiga teratas per jabatan",
  PROPOSAL_MOVE_SAVE: "Menyimpan usulan peserta",
  PROPOSAL_MOVE_DECIDE: "Memutuskan usulan peserta",
  PROPOSAL_MOVES_APPROVE_PENDING: "Menyetujui semua usulan yang belum diputuskan",
  PROPOSAL_SUBMIT: "Mengajukan usulan rotasi",
  PROPOSAL_APPROVE: "Menetapkan keputusan usulan rotasi",
  PROPOSAL_RETURN: "Mengembalikan usulan rotasi",
  PROPOSAL_REOPEN: "Membuka kembali usulan rotasi",
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  User: "Pengguna",
  Official: "Pejabat",
  OrgUnit: "OPD",
  Position: "Jabatan",
  Import: "Impor",
  BlackoutWindow: "Masa larangan",
  Round: "Putaran",
  Participant: "Peserta",
  PanelMember: "Anggota pansel",
  PerformanceRecord: "Capaian kinerja",
  ScoreSheet: "Lembar penilaian",
  ScoreSheetRevision: "Revisi lembar penilaian",
  DispersionJustification: "Justifikasi sebaran",
  RotationProposal: "Usulan rotasi",
  ProposedMove: "Usulan peserta",
};

export const auditActionLabel = (code: string) => AUDIT_ACTION_LABELS[code] ?? code;
export const auditEntityLabel = (code: string) => AUDIT_ENTITY_LABELS[code] ?? code;

/** A name the audit payload itself carries (what was created, or what a removal took away). */
export function payloadName(...payloads: unknown[]): string | null {
  for (const payload of payloads) {
    if (typeof payload !== "object" || payload === null || Array.isArray(payload)) continue;
    const record = payload as Record<string, unknown>;
    for (const key of ["name", "title", "externalName"]) {
      const value = record[key];
      if (typeof value === "string" && value.trim() !== "") return value;
    }
  }
  return null;
}
