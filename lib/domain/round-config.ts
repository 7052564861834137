// What a round is configured with: the weighted components of the composite score and the rubric
// the panel scores papers and interviews on. Pure data; frozen as a version once scoring starts.

import type { CompositeComponent } from "./scoring/composite";

export type Weights = Record<CompositeComponent, number>;

export type WeightPreset = { key: string; label: string; source: string; weights: Weights };

export const WEIGHT_PRESETS: WeightPreset[] = [
  {
    key: "BKN_2016",
    label: "BKN 2016 (seleksi terbuka)",
    source: "Pedoman seleksi terbuka BKN 2016: tes tertulis 15, asesmen 40, makalah 10, wawancara 20, rekam jejak 15",
    weights: { WRITTEN_TEST: 15, ASSESSMENT: 40, PAPER: 10, INTERVIEW: 20, TRACK_RECORD: 15, PERFORMANCE: 0 },
  },
  {
    key: "JOB_FIT",
    label: "Uji kompetensi (job fit) dengan kinerja",
    source: "Tanpa tes tertulis; bobot tes tertulis BKN 2016 dialihkan ke capaian kinerja",
    weights: { WRITTEN_TEST: 0, ASSESSMENT: 40, PAPER: 10, INTERVIEW: 20, TRACK_RECORD: 15, PERFORMANCE: 15 },
  },
  {
    key: "PAPER_INTERVIEW_40",
    label: "Makalah + wawancara 40, rekam jejak + kinerja 60",
    source: "Praktik Pemprov Bengkulu (makalah dan wawancara 40 %, rekam jejak dan capaian kinerja 60 %)",
    weights: { WRITTEN_TEST: 0, ASSESSMENT: 0, PAPER: 20, INTERVIEW: 20, TRACK_RECORD: 30, PERFORMANCE: 30 },
  },
];

export type RubricCriterion = {
  code: string;
  label: string;
  description: string;
  /** Relative weight of the criterion within its sheet. */
  weight: number;
  /** Behavioural anchors for the values 1..5, lowest first. */
  anchors: [string, string, string, string, string];
};

export type Rubric = { PAPER: RubricCriterion[]; INTERVIEW: RubricCriterion[] };

/** The components the panel scores on sheets. */
export const PANEL_COMPONENTS = ["PAPER", "INTERVIEW"] as const;
export type PanelComponent = (typeof PANEL_COMPONENTS)[number];

/** Whether a component counts in the composite: weighted above 0 (a weight left out counts 0). */
export function isWeighted(weights: Partial<Weights>, component: CompositeComponent): boolean {
  return (weights[component] ?? 0) > 0;
}

/** The panel components a round scores: those weighted above 0. A component weighted 0 does not
 * count in the composite, so it needs no sheets (and may have no rubric). */
export function scoredPanelComponents(weights: Weights): PanelComponent[] {
  return PANEL_COMPONENTS.filter((c) => weights[c] > 0);
}

export const DEFAULT_RUBRIC: Rubric = {
  PAPER: [
    {
      code: "SUBSTANSI",
      label: "Substansi dan relevansi",
      description: "Kesesuaian isi makalah dengan tugas dan fungsi jabatan serta isu strategis daerah.",
      weight: 30,
      anchors: [
        "Isi tidak berkaitan dengan tugas jabatan.",
        "Sebagian kecil isi relevan; isu strategis tidak dikenali.",
        "Isi relevan dengan tugas jabatan; isu strategis disebut tanpa pendalaman.",
        "Isi relevan dan mengangkat isu strategis daerah dengan data pendukung.",
        "Isi sangat relevan, tajam, berbasis data, dan mengaitkan RPJMD dengan tugas jabatan.",
      ],
    },
    {
      code: "ANALISIS",
      label: "Analisis masalah",
      description: "Kemampuan mengurai akar masalah dan dampaknya.",
      weight: 25,
      anchors: [
        "Tidak ada analisis; hanya deskripsi.",
        "Analisis dangkal; akar masalah tidak teridentifikasi.",
        "Akar masalah teridentifikasi sebagian dengan argumen yang wajar.",
        "Analisis runtut, akar masalah dan dampaknya jelas.",
        "Analisis mendalam, multi-sudut pandang, dengan prioritas yang tegas.",
      ],
    },
    {
      code: "SOLUSI",
      label: "Solusi dan inovasi",
      description: "Kualitas, kelayakan, dan kebaruan gagasan pemecahan masalah.",
      weight: 30,
      anchors: [
        "Tidak ada solusi.",
        "Solusi umum dan tidak dapat dilaksanakan.",
        "Solusi layak tetapi tidak baru.",
        "Solusi layak, terukur, dan mengandung unsur inovasi.",
        "Solusi inovatif, terukur, dengan rencana aksi, sumber daya, dan indikator keberhasilan.",
      ],
    },
    {
      code: "SISTEMATIKA",
      label: "Sistematika dan bahasa",
      description: "Struktur tulisan, kejelasan bahasa, dan ketaatan pada format.",
      weight: 15,
      anchors: [
        "Tidak sistematis dan sulit dipahami.",
        "Banyak bagian tidak runtut; bahasa kurang baku.",
        "Cukup runtut; beberapa kesalahan bahasa.",
        "Runtut dan jelas; bahasa baku.",
        "Sangat runtut, ringkas, dan meyakinkan.",
      ],
    },
  ],
  INTERVIEW: [
    {
      code: "VISI",
      label: "Visi dan strategi",
      description: "Kejelasan visi untuk unit kerja dan strategi mencapainya.",
      weight: 25,
      anchors: [
        "Tidak dapat menjelaskan visi.",
        "Visi kabur dan tidak terkait dengan tujuan daerah.",
        "Visi jelas; strategi umum.",
        "Visi jelas dengan strategi dan target terukur.",
        "Visi inspiratif, selaras dengan RPJMD, dengan strategi dan target yang meyakinkan.",
      ],
    },
    {
      code: "PENGUASAAN",
      label: "Penguasaan bidang tugas",
      description: "Pemahaman regulasi, program, dan permasalahan bidang jabatan.",
      weight: 25,
      anchors: [
        "Tidak memahami bidang tugas.",
        "Pemahaman terbatas pada hal umum.",
        "Memahami program pokok dan regulasi utama.",
        "Menguasai program, regulasi, dan masalah bidang secara rinci.",
        "Menguasai bidang secara menyeluruh dan mampu membandingkan praktik terbaik.",
      ],
    },
    {
      code: "KEPEMIMPINAN",
      label: "Kepemimpinan dan pengambilan keputusan",
      description: "Cara memimpin tim, mengelola konflik, dan memutuskan dalam situasi sulit.",
      weight: 20,
      anchors: [
        "Tidak memberi contoh kepemimpinan.",
        "Contoh kepemimpinan lemah; ragu memutuskan.",
        "Contoh memadai; keputusan wajar.",
        "Contoh kuat; keputusan tepat dan dipertanggungjawabkan.",
        "Contoh teladan; keputusan sulit diambil dengan pertimbangan risiko yang matang.",
      ],
    },
    {
      code: "INTEGRITAS",
      label: "Integritas dan etika",
      description: "Konsistensi sikap terhadap aturan, konflik kepentingan, dan gratifikasi.",
      weight: 20,
      anchors: [
        "Jawaban menunjukkan toleransi terhadap pelanggaran.",
        "Ragu-ragu dalam situasi dilema etika.",
        "Menyatakan taat aturan tanpa contoh nyata.",
        "Memberi contoh nyata menjaga integritas.",
        "Memberi contoh nyata membangun sistem integritas di unit kerja.",
      ],
    },
    {
      code: "KOMUNIKASI",
      label: "Komunikasi",
      description: "Kejelasan, keruntutan, dan kemampuan meyakinkan.",
      weight: 10,
      anchors: [
        "Sulit dipahami.",
        "Kurang runtut.",
        "Cukup jelas dan runtut.",
        "Jelas, runtut, dan meyakinkan.",
        "Sangat jelas, ringkas, dan persuasif.",
      ],
    },
  ],
};
