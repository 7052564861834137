import type { Metadata } from "next";
import { RoundStatusBadge } from "@/components/round-status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { requireActor } from "@/lib/auth/session";
import { guard, requirePermission } from "@/lib/page-guard";
import { AppError } from "@/lib/errors";
import { ROUND_STATUS_LABELS } from "@/lib/domain/workflow/round";
import { getAssessmentImportRound, listAssessmentImportRounds } from "@/lib/server/imports/assessment-import";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/server/imports/limits";
import { DownloadLink } from "@/components/ui/download-link";
import { ImportPanel } from "../import-panel";
import { importAssessmentAction } from "./actions";

export const metadata: Metadata = { title: "Impor hasil asesmen" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportAssessmentPage({ searchParams }: Props) {
  const actor = await requireActor();
  requirePermission(actor.role, "import:run");
  const raw = (await searchParams).putaran;
  const roundId = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 40) ?? "";
  const rounds = await guard(listAssessmentImportRounds(actor));
  let round: Awaited<ReturnType<typeof getAssessmentImportRound>> | null = null;
  let problem: string | null = null;
  if (roundId) {
    try {
      round = await guard(getAssessmentImportRound(actor, roundId));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem = error.message;
    }
  }
  const templateHref = round ? `/impor/templat/asesmen?putaran=${encodeURIComponent(round.id)}` : "/impor/templat/asesmen";
  return (
    <>
      <PageHeader
        title="Impor hasil asesmen"
        description="Level kompetensi dari assessment center untuk peserta satu putaran seleksi, dicocokkan dengan NIP."
        actions={<DownloadLink href={templateHref}>Unduh templat</DownloadLink>}
      />
      <div className="space-y-4">
        {rounds.length === 0 ? (
          <EmptyState title="Tidak ada putaran yang menerima hasil asesmen">
            Hasil asesmen dapat diimpor selama putaran berstatus Penyiapan atau Penilaian.
          </EmptyState>
        ) : (
          // A GET form: the chosen round lives in the URL, so the page works without JavaScript.
          <form method="get" className="flex flex-wrap items-end gap-3">
            <div className="min-w-64 flex-1 sm:max-w-md">
              <SelectField
                name="putaran"
                label="Putaran seleksi"
                defaultValue={round?.id ?? ""}
                placeholder="— pilih putaran —"
                options={rounds.map((r) => ({ value: r.id, label: `${r.name} (${ROUND_STATUS_LABELS[r.status]}, ${r._count.participants} peserta)` }))}
              />
            </div>
            <button type="submit" className={buttonClass("secondary")}>Pilih</button>
          </form>
        )}
        {problem ? <EmptyState title="Putaran tidak dapat dipilih">{problem}</EmptyState> : null}
        {round ? (
          <>
            <Card title={round.name} actions={<RoundStatusBadge status={round.status} />}>
              <dl className="grid gap-2 text-sm text-slate-700 sm:grid-cols-3">
                <div><dt className="text-slate-500">Peserta</dt><dd>{round.participants}</dd></div>
                <div><dt className="text-slate-500">Sudah ada hasil asesmen</dt><dd>{round.assessed}</dd></div>
                <div>
                  <dt className="text-slate-500">Kolom kompetensi teknis</dt>
                  <dd>{round.technicalNames.length > 0 ? round.technicalNames.join(", ") : "—"}</dd>
                </div>
              </dl>
              <p className="mt-3 text-sm text-slate-600">
                Kolom: NIP, sembilan kompetensi inti (Integritas … Perekat Bangsa), kompetensi teknis bila ada, Asesor, Tanggal Asesmen.
                Level 1–5 dengan paling banyak 2 angka desimal; koma desimal diterima. Semua baris disimpan sekaligus atau tidak sama sekali.
              </p>
            </Card>
            <ImportPanel action={importAssessmentAction.bind(null, round.id)} maxBytes={MAX_IMPORT_BYTES} maxRows={MAX_IMPORT_ROWS} />
          </>
        ) : !problem && rounds.length > 0 ? (
          <EmptyState title="Pilih putaran seleksi">Templat yang diunduh setelah memilih putaran sudah berisi NIP peserta dan kolom kompetensi teknisnya.</EmptyState>
        ) : null}
      </div>
    </>
  );
}
