import type { Metadata } from "next";
import { formatDateTime, formatNumber } from "@/lib/format";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { COMPOSITE_COMPONENT_LABELS } from "@/lib/domain/scoring/composite";
import { guard } from "@/lib/page-guard";
import { getSheetView } from "@/lib/server/panel/sheet-view";
import { reviseSheetAction, saveDraftAction, submitSheetAction } from "../../actions";
import { SheetForm } from "./sheet-form";

export const metadata: Metadata = { title: "Lembar penilaian" };

const COMPONENTS = { makalah: "PAPER", wawancara: "INTERVIEW" } as const;

export default async function SheetPage({ params, searchParams }: { params: Promise<{ roundId: string; participantId: string; komponen: string }>; searchParams: Promise<{ revisi?: string }> }) {
  const actor = await requireActor();
  const { roundId, participantId, komponen } = await params;
  const component = Object.hasOwn(COMPONENTS, komponen) ? COMPONENTS[komponen as keyof typeof COMPONENTS] : undefined;
  if (!component) notFound();
  const { revisi } = await searchParams;
  const view = await guard(getSheetView(actor, { roundId, participantId, component }));
  const submitted = view.sheet?.status === "SUBMITTED";
  const editing = submitted ? view.may.revise && revisi === "1" : view.may.edit;
  const label = (code: string) => view.rubric.find((c) => c.code === code)?.label ?? code;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600">{view.round.name}</p>
          <h1 className="text-2xl font-semibold text-slate-900">{COMPOSITE_COMPONENT_LABELS[component]}: {view.participant.name}</h1>
          <p className="text-sm text-slate-600">{view.participant.post ?? "—"} · rubrik versi {view.rubricVersion}</p>
        </div>
        <LinkButton href={`/penilaian/${roundId}`}>Kembali ke daftar peserta</LinkButton>
      </div>

      {editing ? (
        <SheetForm
          key={`${view.sheet?.version ?? 0}-${revisi ?? ""}`}
          sheetKey={{ roundId, participantId, component }}
          owner={actor.userId}
          rubric={view.rubric}
          initial={{ items: view.sheet?.items ?? [], version: view.sheet?.version ?? 0, status: view.sheet?.status ?? null }}
          mode={submitted ? "REVISE" : "EDIT"}
          saveDraft={saveDraftAction}
          submit={submitSheetAction}
          revise={reviseSheetAction}
        />
      ) : null}

      {submitted && !editing ? (
        <Card title={`Nilai Anda: ${formatNumber(view.sheet!.score!)}`} actions={view.may.revise ? <LinkButton href="?revisi=1">Revisi</LinkButton> : null}>
          <p className="mb-3 text-sm text-slate-600"><Badge tone="success">Terkirim</Badge> {view.sheet!.revision <= 1 ? "pertama kali" : `revisi ke-${view.sheet!.revision}`} pada {formatDateTime(view.sheet!.submittedAt!)}. Lembar terkunci; perubahan hanya melalui revisi dengan alasan.</p>
          <Table caption="Nilai Anda per kriteria">
            <thead><tr><Th>Kriteria</Th><Th>Nilai</Th><Th>Catatan</Th></tr></thead>
            <tbody>
              {view.sheet!.items.map((i) => (
                <Tr key={i.criterion}><Td>{label(i.criterion)}</Td><Td>{i.value}</Td><Td>{i.note || "—"}</Td></Tr>
              ))}
            </tbody>
          </Table>
        </Card>
      ) : null}

      {view.others !== null ? (
        <Card title="Nilai anggota pansel lain">
          {view.others.length === 0 ? (
            <p className="text-sm text-slate-600">Belum ada anggota lain yang mengirim nilai.</p>
          ) : (
            <Table caption="Nilai anggota pansel lain">
              <thead><tr><Th>Anggota</Th><Th>Nilai lembar</Th>{view.rubric.map((c) => <Th key={c.code}>{c.label}</Th>)}</tr></thead>
              <tbody>
                {view.others.map((o) => (
                  <Tr key={o.memberId}>
                    <Td>{o.memberName}</Td>
                    <Td className="font-semibold">{formatNumber(o.score)}</Td>
                    {view.rubric.map((c) => <Td key={c.code}>{o.items.find((i) => i.criterion === c.code)?.value ?? "—"}</Td>)}
                  </Tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      ) : (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600" data-testid="nilai-lain-tersembunyi">Nilai anggota pansel lain terlihat setelah Anda mengirim nilai Anda.</p>
      )}

      {view.history.length > 0 ? (
        <Card title="Riwayat pengiriman">
          <ol className="space-y-2 text-sm text-slate-700">
            {view.history.map((h) => (
              <li key={h.revision}>
                {h.revision <= 1 ? "Pengiriman pertama" : `Revisi ke-${h.revision}`}: nilai {formatNumber(h.score)} — {formatDateTime(h.submittedAt)}
                {h.reason ? ` — alasan: ${h.reason}` : ""}
              </li>
            ))}
          </ol>
        </Card>
      ) : null}
    </div>
  );
}
