import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SubmitButton } from "@/components/ui/submit-button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { JPM_SCHEME_LABELS } from "@/lib/domain/scoring/jpm";
import { formatScore } from "@/lib/format";
import { guard } from "@/lib/page-guard";
import { getRoundSetup } from "@/lib/server/round-setup/view";
import { startScoringAction, updateBasicsAction } from "./actions";

export const metadata: Metadata = { title: "Ringkasan putaran" };

export default async function RoundSummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const round = await guard(getRoundSetup(actor, id));
  const manage = can(actor.role, "round:manage") && (round.status === "DRAFT" || round.status === "SCORING");
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card title="Data putaran">
        <ActionForm action={updateBasicsAction.bind(null, round.id)} className="space-y-4">
              <TextField name="name" label="Nama putaran" required defaultValue={round.name} disabled={!manage} />
              <TextField
                name="referenceDate"
                label="Tanggal acuan"
                type="date"
                required
                defaultValue={round.referenceDate}
                hint="Kelayakan peserta (masa jabatan, usia) dihitung pada tanggal ini."
                disabled={!manage}
              />
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField name="scoringOpensOn" label="Penilaian mulai" type="date" defaultValue={round.scoringOpensOn ?? ""} disabled={!manage} />
                <TextField name="scoringClosesOn" label="Penilaian selesai" type="date" defaultValue={round.scoringClosesOn ?? ""} disabled={!manage} />
              </div>
              {manage ? <SubmitButton>Simpan</SubmitButton> : null}
        </ActionForm>
      </Card>

      <Card title="Kesiapan penilaian">
        {round.status !== "DRAFT" ? (
          <p className="text-sm text-slate-700">
            Penilaian sudah dimulai. Bobot, rubrik, dan aturan penilaian dibekukan pada versi {round.config.history.find((v) => v.frozenAt)?.version ?? round.config.version}; perubahan
            berikutnya memerlukan alasan dan menjadi versi baru.
          </p>
        ) : (
          <>
            {round.problems.length === 0 ? (
              <p className="mb-4 text-sm text-emerald-800">Semua syarat terpenuhi. Penilaian dapat dimulai.</p>
            ) : (
              <ul className="mb-4 list-disc space-y-1 pl-5 text-sm text-red-800" aria-label="Masalah yang harus diselesaikan">
                {round.problems.map((p) => (
                  <li key={p.code}>{p.label}</li>
                ))}
              </ul>
            )}
            {can(actor.role, "round:manage") ? (
              <ActionForm action={startScoringAction.bind(null, round.id)}>
                <ConfirmSubmit
                  disabled={round.problems.length > 0}
                  title="Mulai penilaian?"
                  message="Bobot, rubrik, kategori JPM, metode agregasi, dan ambang sebaran dibekukan sebagai versi tetap; peserta, jabatan, dan pansel tidak dapat diubah lagi. Perubahan bobot atau rubrik berikutnya memerlukan alasan dan menjadi versi baru."
                >
                  Mulai penilaian
                </ConfirmSubmit>
              </ActionForm>
            ) : null}
          </>
        )}
        <h3 className="mt-6 mb-2 text-sm font-semibold text-slate-800">Versi bobot dan rubrik</h3>
        <ul className="space-y-1 text-sm text-slate-700">
          {round.config.history.map((v) => (
            <li key={v.version}>
              Versi {v.version} — {v.frozenAt ? `dibekukan ${new Date(v.frozenAt).toLocaleString("id-ID", { timeZone: "Asia/Jakarta" })}` : "draf"}
              {` — ${JPM_SCHEME_LABELS[v.jpmScheme]}, ambang sebaran ${formatScore(v.dispersionThreshold)} poin`}
              {v.reason ? ` — alasan: ${v.reason}` : ""}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
