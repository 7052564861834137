import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { getRoundProgress, SheetState } from "@/lib/server/round-progress";

type Progress = Awaited<ReturnType<typeof getRoundProgress>>;

const SHEET_LABELS: Record<SheetState, string> = { NONE: "belum", DRAFT: "draf", SUBMITTED: "terkirim", CONFLICT: "konflik", NOT_SCORED: "tidak dinilai" };
const SHEET_TONES: Record<SheetState, string> = { NONE: "text-red-700", DRAFT: "text-amber-800", SUBMITTED: "text-emerald-800", CONFLICT: "text-slate-500", NOT_SCORED: "text-slate-500" };

function Done({ ok }: { ok: boolean }) {
  return <span className={ok ? "text-emerald-800" : "font-medium text-red-700"}>{ok ? "✓ ada" : "✗ belum"}</span>;
}

/** What is still missing per participant: data the BKD enters and each member's two sheets. */
export function RoundProgressTable({ progress }: { progress: Progress }) {
  return (
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
            <Td><Done ok={row.assessment} /></Td>
            <Td><Done ok={row.trackRecord} /></Td>
            <Td><Done ok={row.performance} /></Td>
            {progress.members.map((m) => (
              <Td key={m.id} className="text-xs whitespace-nowrap" data-testid={`progres-${row.nip}-${m.id}`}>
                <span className={SHEET_TONES[row.sheets[m.id]!.PAPER]}>{SHEET_LABELS[row.sheets[m.id]!.PAPER]}</span>
                {" / "}
                <span className={SHEET_TONES[row.sheets[m.id]!.INTERVIEW]}>{SHEET_LABELS[row.sheets[m.id]!.INTERVIEW]}</span>
              </Td>
            ))}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
