import { Table, Td, Th, Tr } from "@/components/ui/table";
import { COMPOSITE_COMPONENT_LABELS } from "@/lib/domain/scoring/composite";
import { PANEL_ROLE_LABELS } from "@/lib/labels";
import { DATA_COMPONENTS, type getRoundProgress, type SheetState } from "@/lib/server/round-progress";

type Progress = Awaited<ReturnType<typeof getRoundProgress>>;

const SHEET_LABELS: Record<SheetState, string> = { NONE: "belum", DRAFT: "draf", SUBMITTED: "terkirim", CONFLICT: "konflik", UNDECLARED: "belum deklarasi", NOT_SCORED: "tidak dinilai" };
const SHEET_TONES: Record<SheetState, string> = {
  NONE: "text-red-700",
  DRAFT: "text-amber-800",
  SUBMITTED: "text-emerald-800",
  CONFLICT: "text-slate-500",
  UNDECLARED: "font-medium text-red-700",
  NOT_SCORED: "text-slate-500",
};
const DATA_FIELD = { ASSESSMENT: "assessment", TRACK_RECORD: "trackRecord", PERFORMANCE: "performance", WRITTEN_TEST: "writtenTest" } as const;

function Done({ ok }: { ok: boolean }) {
  return <span className={ok ? "text-emerald-800" : "font-medium text-red-700"}>{ok ? "✓ ada" : "✗ belum"}</span>;
}

/** What is still missing: per member (declarations, sheets owed) and per participant (the data
 * of each weighted component and each member's sheets). Components weighted 0 are not shown. */
export function RoundProgressTable({ progress }: { progress: Progress }) {
  const data = DATA_COMPONENTS.filter((c) => progress.required[c]);
  return (
    <div className="space-y-6">
      <Table caption="Progres per anggota pansel">
        <thead>
          <tr>
            <Th>Anggota</Th>
            <Th>Deklarasi konflik</Th>
            <Th>Lembar terkirim</Th>
            <Th>Lembar belum dikirim</Th>
          </tr>
        </thead>
        <tbody>
          {progress.memberSummary.map((m) => (
            <Tr key={m.id}>
              <Td className="font-medium">
                {m.name}
                <span className="block text-xs font-normal text-slate-500">{PANEL_ROLE_LABELS[m.role]}</span>
              </Td>
              <Td data-testid={`deklarasi-${m.id}`}>
                {m.declared ? (
                  <span className="text-emerald-800">✓ lengkap{m.conflicts > 0 ? ` (${m.conflicts} konflik)` : ""}</span>
                ) : (
                  <span className="font-medium text-red-700">✗ belum: {progress.rows.length - m.declarations} dari {progress.rows.length} peserta</span>
                )}
              </Td>
              <Td>{m.submitted}</Td>
              <Td className={m.missing > 0 ? "font-medium text-red-700" : undefined}>
                {m.missing}
                {m.drafts > 0 ? <span className="block text-xs font-normal text-amber-800">{m.drafts} masih draf</span> : null}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      <Table caption="Progres per peserta">
        <thead>
          <tr>
            <Th>Peserta</Th>
            {data.map((c) => <Th key={c}>{COMPOSITE_COMPONENT_LABELS[c]}</Th>)}
            {progress.members.map((m) => (
              <Th key={m.id}>
                {m.name} <span className="block text-xs font-normal text-slate-500">{progress.scored.map((c) => COMPOSITE_COMPONENT_LABELS[c]).join(" / ") || "tidak ada lembar"}</span>
              </Th>
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
              {data.map((c) => <Td key={c}><Done ok={row[DATA_FIELD[c]]} /></Td>)}
              {progress.members.map((m) => (
                <Td key={m.id} className="text-xs whitespace-nowrap" data-testid={`progres-${row.nip}-${m.id}`}>
                  {progress.scored.map((c, i) => (
                    <span key={c}>
                      {i > 0 ? " / " : null}
                      <span className={SHEET_TONES[row.sheets[m.id]![c]]}>{SHEET_LABELS[row.sheets[m.id]![c]]}</span>
                    </span>
                  ))}
                </Td>
              ))}
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
