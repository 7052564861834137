// The demo agency's content. The region is real; every person, score and decree is fictional.

export const DEMO_AGENCY = {
  name: "Pemerintah Provinsi Kalimantan Utara (Data Demo)",
  type: "PROVINSI" as const,
  regionName: "Provinsi Kalimantan Utara",
  headTitle: "Gubernur",
  oversightBodyName: "Badan Kepegawaian Negara",
  oversightMode: "RECOMMENDATION" as const,
};

export const DEMO_PASSWORD = "demo12345";

export const DEMO_USERS = [
  { email: "admin@demo.test", name: "Rina Admin (Demo)", role: "ADMIN" as const },
  { email: "bkd@demo.test", name: "Yusuf Hamdani, S.Sos. (Demo)", role: "BKD" as const },
  { email: "sekda@demo.test", name: "Dr. H. Suherman, M.Si. (Demo)", role: "SEKDA" as const },
  { email: "gubernur@demo.test", name: "Gubernur Demo", role: "HEAD" as const },
  { email: "pansel1@demo.test", name: "Prof. Dr. Bambang Wiratmo, M.P.A. (Demo)", role: "PANEL" as const },
  { email: "pansel2@demo.test", name: "Dr. Lestari Widuri, M.Psi. (Demo)", role: "PANEL" as const },
  { email: "pansel3@demo.test", name: "Drs. Agus Nugroho, M.M. (Demo)", role: "PANEL" as const },
  { email: "pansel4@demo.test", name: "Dr. Maria Ulfa, S.H., M.H. (Demo)", role: "PANEL" as const },
  { email: "pansel5@demo.test", name: "Ir. Hendra Kusuma, M.T. (Demo)", role: "PANEL" as const },
];

/** The panel of the demo round: 7 members, 3 internal (at most 45 %), a KETUA. Members with an
 * email have an account and score; the others are recorded by name. */
export const DEMO_PANEL = [
  { email: "pansel1@demo.test", role: "KETUA" as const, internal: false, institution: "Universitas Borneo Tarakan" },
  { email: "pansel2@demo.test", role: "ANGGOTA" as const, internal: false, institution: "Asosiasi Psikologi Industri dan Organisasi" },
  { email: "pansel3@demo.test", role: "ANGGOTA" as const, internal: true, institution: "Pemerintah Provinsi Kalimantan Utara" },
  { email: "pansel4@demo.test", role: "ANGGOTA" as const, internal: false, institution: "Universitas Mulawarman" },
  { email: "pansel5@demo.test", role: "ANGGOTA" as const, internal: true, institution: "Pemerintah Provinsi Kalimantan Utara" },
  { externalName: "Siti Nurhaliza, S.E., M.Ak. (Demo)", role: "SEKRETARIS" as const, internal: true, institution: "BKD Provinsi Kalimantan Utara" },
  { externalName: "Dr. Rahmat Hidayat, M.Si. (Demo)", role: "ANGGOTA" as const, internal: false, institution: "Badan Kepegawaian Negara" },
];

/** OPD and their posts. Setda holds the assistants, expert staff and bureau heads. */
export const DEMO_ORG_UNITS: { name: string; shortName: string; posts: { title: string; technical?: string; fields?: string[] }[] }[] = [
  {
    name: "Sekretariat Daerah",
    shortName: "Setda",
    posts: [
      { title: "Asisten Pemerintahan dan Kesejahteraan Rakyat", fields: ["Ilmu Pemerintahan", "Administrasi Publik"] },
      { title: "Asisten Perekonomian dan Pembangunan", fields: ["Ekonomi", "Perencanaan Wilayah"] },
      { title: "Asisten Administrasi Umum", fields: ["Administrasi Publik", "Manajemen"] },
      { title: "Staf Ahli Gubernur Bidang Hukum, Politik dan Pemerintahan", fields: ["Hukum", "Ilmu Pemerintahan"] },
      { title: "Staf Ahli Gubernur Bidang Ekonomi, Keuangan dan Pembangunan", fields: ["Ekonomi", "Akuntansi"] },
      { title: "Staf Ahli Gubernur Bidang Kemasyarakatan dan SDM", fields: ["Sosiologi", "Administrasi Publik"] },
      { title: "Kepala Biro Pemerintahan dan Otonomi Daerah", fields: ["Ilmu Pemerintahan"] },
      { title: "Kepala Biro Hukum", technical: "Legal drafting", fields: ["Hukum"] },
      { title: "Kepala Biro Kesejahteraan Rakyat", fields: ["Sosiologi", "Administrasi Publik"] },
      { title: "Kepala Biro Perekonomian", fields: ["Ekonomi"] },
      { title: "Kepala Biro Administrasi Pembangunan", fields: ["Perencanaan Wilayah", "Teknik Sipil"] },
      { title: "Kepala Biro Pengadaan Barang dan Jasa", technical: "Pengadaan barang/jasa pemerintah", fields: ["Manajemen", "Teknik Sipil"] },
      { title: "Kepala Biro Organisasi", fields: ["Administrasi Publik", "Manajemen"] },
      { title: "Kepala Biro Umum", fields: ["Manajemen"] },
      { title: "Kepala Biro Administrasi Pimpinan", fields: ["Ilmu Komunikasi", "Administrasi Publik"] },
    ],
  },
  { name: "Sekretariat DPRD", shortName: "Setwan", posts: [{ title: "Sekretaris DPRD", fields: ["Hukum", "Ilmu Pemerintahan"] }] },
  { name: "Inspektorat", shortName: "Itprov", posts: [{ title: "Inspektur", technical: "Audit intern pemerintah", fields: ["Akuntansi", "Hukum"] }] },
  { name: "Badan Perencanaan Pembangunan Daerah", shortName: "Bappeda", posts: [{ title: "Kepala Badan Perencanaan Pembangunan Daerah", technical: "Perencanaan pembangunan", fields: ["Perencanaan Wilayah", "Ekonomi"] }] },
  { name: "Badan Kepegawaian Daerah", shortName: "BKD", posts: [{ title: "Kepala Badan Kepegawaian Daerah", technical: "Manajemen ASN", fields: ["Administrasi Publik", "Psikologi"] }] },
  { name: "Badan Pengelolaan Keuangan dan Aset Daerah", shortName: "BPKAD", posts: [{ title: "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", technical: "Pengelolaan keuangan daerah", fields: ["Akuntansi", "Ekonomi"] }] },
  { name: "Dinas Pendidikan dan Kebudayaan", shortName: "Disdikbud", posts: [{ title: "Kepala Dinas Pendidikan dan Kebudayaan", fields: ["Pendidikan", "Administrasi Publik"] }] },
  { name: "Dinas Kesehatan", shortName: "Dinkes", posts: [{ title: "Kepala Dinas Kesehatan", technical: "Manajemen kesehatan masyarakat", fields: ["Kedokteran", "Kesehatan Masyarakat"] }] },
  { name: "Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman", shortName: "DPUPR-Perkim", posts: [{ title: "Kepala Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman", technical: "Manajemen konstruksi", fields: ["Teknik Sipil", "Perencanaan Wilayah"] }] },
  { name: "Dinas Perhubungan", shortName: "Dishub", posts: [{ title: "Kepala Dinas Perhubungan", fields: ["Teknik Sipil", "Transportasi"] }] },
  { name: "Dinas Kelautan dan Perikanan", shortName: "DKP", posts: [{ title: "Kepala Dinas Kelautan dan Perikanan", fields: ["Perikanan", "Ilmu Kelautan"] }] },
  { name: "Dinas Lingkungan Hidup", shortName: "DLH", posts: [{ title: "Kepala Dinas Lingkungan Hidup", fields: ["Teknik Lingkungan", "Kehutanan"] }] },
  { name: "Dinas Kependudukan dan Pencatatan Sipil", shortName: "Disdukcapil", posts: [{ title: "Kepala Dinas Kependudukan dan Pencatatan Sipil", fields: ["Administrasi Publik"] }] },
];

/** Direct superior posts (subordinate title → superior title): in the Setda each bureau head
 * reports to an assistant; an echelon-III head of division to the head of their OPD. The Sekda
 * (JPT Madya) is not a post here, so the assistants and the OPD heads have none. */
export const DEMO_SUPERIORS: Record<string, string> = {
  "Kepala Biro Pemerintahan dan Otonomi Daerah": "Asisten Pemerintahan dan Kesejahteraan Rakyat",
  "Kepala Biro Hukum": "Asisten Pemerintahan dan Kesejahteraan Rakyat",
  "Kepala Biro Kesejahteraan Rakyat": "Asisten Pemerintahan dan Kesejahteraan Rakyat",
  "Kepala Biro Perekonomian": "Asisten Perekonomian dan Pembangunan",
  "Kepala Biro Administrasi Pembangunan": "Asisten Perekonomian dan Pembangunan",
  "Kepala Biro Pengadaan Barang dan Jasa": "Asisten Perekonomian dan Pembangunan",
  "Kepala Biro Organisasi": "Asisten Administrasi Umum",
  "Kepala Biro Umum": "Asisten Administrasi Umum",
  "Kepala Biro Administrasi Pimpinan": "Asisten Administrasi Umum",
  "Kepala Bidang Perencanaan Ekonomi": "Kepala Badan Perencanaan Pembangunan Daerah",
  "Kepala Bidang Pembinaan SMA": "Kepala Dinas Pendidikan dan Kebudayaan",
  "Kepala Bidang Pengembangan Kompetensi": "Kepala Badan Kepegawaian Daerah",
};

/** Named echelon-III posts a JPT official can be moved down to. */
export const DEMO_ADMINISTRATOR_POSTS = [
  { orgUnit: "Badan Perencanaan Pembangunan Daerah", title: "Kepala Bidang Perencanaan Ekonomi" },
  { orgUnit: "Dinas Pendidikan dan Kebudayaan", title: "Kepala Bidang Pembinaan SMA" },
  { orgUnit: "Badan Kepegawaian Daerah", title: "Kepala Bidang Pengembangan Kompetensi" },
];

export const FIRST_NAMES_M = ["Ahmad", "Budi", "Darmawan", "Eko", "Fajar", "Gunawan", "Hasan", "Irwan", "Joko", "Kurniawan", "Lukman", "Muhammad", "Nanang", "Rudi", "Syahrir", "Taufik", "Wahyu", "Yohanes", "Zainal", "Arief"];
export const FIRST_NAMES_F = ["Ani", "Dewi", "Fitri", "Indah", "Kartika", "Lina", "Mega", "Nurul", "Ratna", "Sri", "Wulan", "Yuliana"];
export const LAST_NAMES = ["Saputra", "Hidayat", "Wijaya", "Rahman", "Siregar", "Nugroho", "Pratama", "Lestari", "Simanjuntak", "Harahap", "Kusuma", "Tanjung", "Baso", "Lolo", "Irawan", "Syamsuddin", "Ramadhan", "Setiawan"];
export const EDUCATION_FIELDS = ["Administrasi Publik", "Ilmu Pemerintahan", "Hukum", "Ekonomi", "Akuntansi", "Manajemen", "Teknik Sipil", "Perencanaan Wilayah", "Kesehatan Masyarakat", "Pendidikan", "Perikanan", "Teknik Lingkungan"];
export const RANKS = ["Pembina (IV/a)", "Pembina Tingkat I (IV/b)", "Pembina Utama Muda (IV/c)", "Pembina Utama Madya (IV/d)"];
