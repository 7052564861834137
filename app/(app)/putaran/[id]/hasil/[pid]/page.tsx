import type { Metadata } from "next";
import { formatScore } from "@/lib/format";
import { CompetencyRadar } from "@/components/charts/competency-radar";
import { SnapshotVersionBanner } from "@/components/snapshot-version-banner";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { COMPOSITE_COMPONENT_LABELS } from "@/lib/domain/scoring/composite";
import { JPM_CATEGORY_LABELS } from "@/lib/domain/scoring/jpm";
import { SKP_LABELS } from "@/lib/domain/scoring/performance";
import { guard } from "@/lib/page-guard";
import { SANCTION_LABELS } from "@/lib/schemas/official";
import { parseVersion, versionQuery } from "@/lib/results-query";
import { getParticipantExplanation } from "@/lib/server/results/view";
import { RANK_AMONG_VISIBLE } from "@/lib/domain/results-for-reader";

export const metadata: Metadata = { title: "Penjelasan nilai" };

const AGGREGATION = { MEAN: "rata-rata", TRIMMED: "rata-rata terpangkas" } as const;

export default async function ExplanationPage({ params, searchParams }: { params: Promise<{ id: string; pid: string }>; searchParams: Promise<{ versi?: string }> }) {
  const actor = await requireActor();
  const { id, pid } = await params;
  const { versi } = await searchParams;
  const x = await guard(getParticipantExplanation(actor, id, pid, parseVersion(versi)));
  const r = x.result;
  const panel = (scores: typeof x.paperScores, component: "PAPER" | "INTERVIEW") => (
    <div>
      <h3 className="mb-2 text-sm font-semibold">{COMPOSITE_COMPONENT_LABELS[component]}</h3>
      <Table caption={`Nilai ${COMPOSITE_COMPONENT_LABELS[component].toLowerCase()} per anggota pansel`}>
        <thead><tr><Th>Anggota pansel</Th><Th>Nilai lembar</Th></tr></thead>
        <tbody>
          {scores.map((s) => <Tr key={s.memberId}><Td>{s.memberName}</Td><Td>{formatScore(s.score)}</Td></Tr>)}
          <Tr><Td className="font-semibold">Agregat ({AGGREGATION[x.settings.aggregationMethod]})</Td><Td className="font-semibold">{formatScore(r.components[component])}</Td></Tr>
        </tbody>
      </Table>
      <p className="mt-1 text-xs text-slate-600">
        Sebaran {formatScore(r.dispersion[component].spread)} poin{r.dispersion[component].flagged ? ` — di atas ambang ${formatScore(x.settings.dispersionThreshold)}` : ""}
        {x.justifications.find((j) => j.component === component) ? `. Justifikasi ketua: ${x.justifications.find((j) => j.component === component)!.text}` : ""}
      </p>
    </div>
  );
  return (
    <div className="space-y-6">
      <SnapshotVersionBanner number={x.snapshot.number} latest={x.latestNumber} latestHref={`/putaran/${id}/hasil/${pid}`} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-xl font-semibold text-slate-900">{r.name}</h2>
          <p className="text-sm text-slate-600">NIP {r.nip} · {r.postTitle ?? "—"} · peringkat {r.rank ?? "—"}{x.rankAmongVisible ? ` (${RANK_AMONG_VISIBLE})` : ""} · versi hasil {x.snapshot.number}</p>
        </div>
        <LinkButton href={`/putaran/${id}/hasil${versionQuery(versi)}`}>Kembali ke peringkat</LinkButton>
      </div>
      <Card title="Nilai akhir langkah demi langkah">
        <Table caption="Perhitungan nilai akhir">
          <thead><tr><Th>Komponen</Th><Th>Nilai (0–100)</Th><Th>Bobot</Th><Th>Kontribusi = nilai × bobot / 100</Th></tr></thead>
          <tbody>
            {r.explanation.map((line) => (
              <Tr key={line.component}>
                <Td>{COMPOSITE_COMPONENT_LABELS[line.component]}{line.component === "ASSESSMENT" && r.assessmentCapped ? " (JPM di atas 100, dihitung 100)" : ""}</Td>
                <Td>{formatScore(line.score, 4)}</Td>
                <Td>{line.weight}%</Td>
                <Td>{formatScore(line.contribution, 4)}</Td>
              </Tr>
            ))}
            <Tr><Td className="font-semibold" colSpan={3}>Nilai akhir (jumlah kontribusi, dibulatkan 2 desimal)</Td><Td className="font-semibold" data-testid="nilai-akhir">{formatScore(r.compositeRounded)}</Td></Tr>
          </tbody>
        </Table>
        <p className="mt-2 text-xs text-slate-600">JPM {formatScore(r.jpmRounded)} % ({r.jpmCategory ? JPM_CATEGORY_LABELS[r.jpmCategory] : "—"}) · nine-box kotak {r.nineBox ?? "—"}</p>
      </Card>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Kompetensi terhadap standar jabatan">
          <CompetencyRadar title={`Kompetensi ${r.name}`} axes={x.standard.map((s) => ({ label: s.name, standard: s.level, achieved: x.levels[s.code] ?? null }))} />
        </Card>
        <Card title="Nilai pansel">
          <div className="space-y-4">
            {panel(x.paperScores, "PAPER")}
            {panel(x.interviewScores, "INTERVIEW")}
          </div>
        </Card>
        <Card title="Rekam jejak">
          {x.trackRecord ? (
            <p className="text-sm text-slate-800">
              Atasan {formatScore(x.trackRecord.superior)}, rekan {formatScore(x.trackRecord.peers)}, bawahan {formatScore(x.trackRecord.subordinates)} (bobot 40/30/30); hukuman disiplin {SANCTION_LABELS[x.trackRecord.sanction].toLowerCase()} → nilai {formatScore(r.components.TRACK_RECORD)}.
            </p>
          ) : <p className="text-sm text-slate-600">Tidak ada data.</p>}
        </Card>
        <Card title="Kinerja">
          {x.performance ? (
            <p className="text-sm text-slate-800">
              Tahun {x.performance.year}: capaian kontrak {formatScore(x.performance.contractAchievement)} %, predikat SKP {SKP_LABELS[x.performance.skpRating]} → nilai {formatScore(r.components.PERFORMANCE)}.
            </p>
          ) : <p className="text-sm text-slate-600">Tidak ada data.</p>}
          {x.writtenTest !== null ? <p className="mt-2 text-sm text-slate-800">Tes tertulis: {formatScore(x.writtenTest)}</p> : null}
        </Card>
      </div>
    </div>
  );
}
