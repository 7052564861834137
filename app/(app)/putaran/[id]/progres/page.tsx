import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { getRoundProgress, type SheetState } from "@/lib/server/round-progress";

export const metadata: Metadata = { title: "Progres putaran" };

const SHEET_LABELS: Record<SheetState, string> = { NONE: "belum", DRAFT: "draf", SUBMITTED: "terkirim", CONFLICT: "konflik" };
const SHEET_TONES: Record<SheetState, string> = { NONE: "text-red-700", DRAFT: "text-amber-800", SUBMITTED: "text-emerald-800", CONFLICT: "text-slate-500" };

function Done({ ok, label }: { ok: boolean; label: string }) {
  return <span className={ok ? "text-emerald-800" : "font-medium text-red-700"}>{ok ? "✓ ada" : `✗ ${label}`}</span>;
}

export default async function RoundProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const progress = await guard(getRoundProgress(actor, id));
  if (progress.rows.length === 0) return <EmptyState title="Belum ada peserta" />;
  return (
    <Card title={`Lembar penilaian terkirim: ${progress.submittedSheets} dari ${progress.expectedSheets}`}>
      <Table caption="Progres per peserta">
        <thead>
          <tr>
            <Th>Peserta</Th>
            <Th>Asesmen</Th>
            <Th>Rekam jejak</Th>
            <Th>Kinerja</Th>
            {progress.members.map((m) => (
              <Th key={m.id}>{m.name} <span className="block text-xs font-normal text-slate-500">makalah / wawancara</span></Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {progress.rows.map((row) => (
            <Tr key={row.id}>
              <Td className="font-medium">
                {row.name}
                <span className="block font-mono text-xs text-slate-500">{row.nip}</span>
              </Td>
              <Td><Done ok={row.assessment} label="belum" /></Td>
              <Td><Done ok={row.trackRecord} label="belum" /></Td>
              <Td><Done ok={row.performance} label="belum" /></Td>
              {progress.members.map((m) => (
                <Td key={m.id} className="text-xs whitespace-nowrap">
                  <span className={SHEET_TONES[row.sheets[m.id]!.PAPER]}>{SHEET_LABELS[row.sheets[m.id]!.PAPER]}</span>
                  {" / "}
                  <span className={SHEET_TONES[row.sheets[m.id]!.INTERVIEW]}>{SHEET_LABELS[row.sheets[m.id]!.INTERVIEW]}</span>
                </Td>
              ))}
            </Tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
