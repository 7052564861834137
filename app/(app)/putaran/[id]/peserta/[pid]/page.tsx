import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDecimalInput } from "@/lib/format";
import { guard } from "@/lib/page-guard";
import { appraisalYearFor, performanceScore, SKP_LABELS, SKP_RATINGS } from "@/lib/domain/scoring/performance";
import { getParticipantData } from "@/lib/server/participant-data";
import { saveAssessmentAction, savePerformanceAction, saveTrackRecordAction, saveWrittenTestAction } from "./actions";
import { AssessmentForm } from "./assessment-form";
import { TrackRecordForm } from "./track-record-form";

export const metadata: Metadata = { title: "Data peserta" };

export default async function ParticipantDataPage({ params }: { params: Promise<{ id: string; pid: string }> }) {
  const actor = await requireActor();
  const { id, pid } = await params;
  const data = await guard(getParticipantData(actor, id, pid));
  const editable = data.editable && can(actor.role, "round:enter-data");
  const appraisal = appraisalYearFor(data.performance, data.referenceDate);
  const appraisalYear = Number(data.referenceDate.slice(0, 4)) - 1;
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold text-slate-900">{data.name}</h2>
        <p className="text-sm text-slate-600">NIP {data.nip} · {data.post ?? "—"}</p>
      </div>
      <Card title="Hasil asesmen kompetensi">
        {data.assessmentSource ? <p className="mb-3 text-xs text-slate-500">Sumber: {data.assessmentSource === "MANUAL" ? "diisi manual" : data.assessmentSource.replace("IMPORT:", "impor ")}</p> : null}
        <AssessmentForm
          action={saveAssessmentAction.bind(null, id, pid)}
          standard={data.standard}
          levels={data.levels}
          assessor={data.assessor}
          assessedOn={data.assessedOn}
          scheme={data.jpmScheme}
          editable={editable}
        />
      </Card>
      <Card title="Rekam jejak">
        <TrackRecordForm action={saveTrackRecordAction.bind(null, id, pid)} trackRecord={data.trackRecord} editable={editable} />
      </Card>
      <Card title="Tes tertulis">
        {data.writtenTestWeighted ? (
          <ActionForm action={saveWrittenTestAction.bind(null, id, pid)} className="flex flex-wrap items-end gap-3">
            <TextField name="score" label="Nilai tes tertulis (0–100)" inputMode="decimal" defaultValue={formatDecimalInput(data.writtenTestScore)} disabled={!editable} />
            {editable ? <SubmitButton>Simpan nilai</SubmitButton> : null}
          </ActionForm>
        ) : (
          <p className="text-sm text-slate-700">
            Tes tertulis tidak dinilai pada putaran ini (bobot 0 pada konfigurasi putaran).
            {data.writtenTestScore !== null ? ` Nilai tersimpan ${data.writtenTestScore.toLocaleString("id-ID")} tidak dihitung.` : ""}
          </p>
        )}
      </Card>
      <Card title="Kinerja">
        <p className="mb-3 text-sm text-slate-700">
          {appraisal
            ? `Nilai kinerja putaran ini (tahun ${appraisal.year}): ${performanceScore(appraisal).toLocaleString("id-ID")} — ½ capaian kontrak (maks. 100 %) + ½ nilai predikat SKP.`
            : `Belum ada data kinerja tahun ${appraisalYear} atau sebelumnya.`}
        </p>
        {data.performance.length > 0 ? (
          <Table caption="Riwayat kinerja">
            <thead>
              <tr>
                <Th>Tahun</Th>
                <Th>Capaian kontrak kinerja</Th>
                <Th>Predikat SKP</Th>
                <Th>Nilai</Th>
              </tr>
            </thead>
            <tbody>
              {data.performance.map((r) => (
                <Tr key={r.year}>
                  <Td>{r.year}</Td>
                  <Td>{r.contractAchievement.toLocaleString("id-ID")} %</Td>
                  <Td>{SKP_LABELS[r.skpRating]}</Td>
                  <Td>{performanceScore(r).toLocaleString("id-ID")}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        ) : null}
        {editable ? (
          <ActionForm action={savePerformanceAction.bind(null, id, pid)} className="mt-4 grid gap-3 sm:grid-cols-4 sm:items-start">
                <TextField name="year" label="Tahun" inputMode="numeric" defaultValue={String(appraisalYear)} />
                <TextField name="contractAchievement" label="Capaian kontrak (%)" inputMode="decimal" />
                <SelectField name="skpRating" label="Predikat SKP" defaultValue={"BAIK"} options={SKP_RATINGS.map((r) => ({ value: r, label: SKP_LABELS[r] }))} />
                {/* Top-aligned so an error under one field does not push the others down; the
                    padding is one label line (text-sm + space-y-1) to line the button up with the inputs. */}
                <div className="sm:pt-6">
                  <SubmitButton>Simpan kinerja</SubmitButton>
                </div>
          </ActionForm>
        ) : null}
      </Card>
    </div>
  );
}
