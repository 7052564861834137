import { ActionForm } from "@/components/action-form";
import { formatNumber } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { PANEL_COMPONENTS } from "@/lib/domain/round-config";
import { COMPOSITE_COMPONENT_LABELS } from "@/lib/domain/scoring/composite";
import type { FormState } from "@/lib/form-state";
import type { getPanelOverview } from "@/lib/server/panel/overview";

type Overview = Awaited<ReturnType<typeof getPanelOverview>>;
const COMPONENTS = PANEL_COMPONENTS.map((c) => [c, COMPOSITE_COMPONENT_LABELS[c]] as const);

/** Per participant and component: sheets in (N of M) and, once all are in, the values, the
 * aggregate and the dispersion flag; the KETUA (or the BKD where the KETUA is conflicted) records
 * a justification for a flagged one. */
export function PanelOverviewTable({ overview, justify }: { overview: Overview; justify?: (s: FormState, f: FormData) => Promise<FormState> }) {
  const name = (id: string) => overview.members.find((m) => m.id === id)?.name ?? "";
  return (
    <Table caption="Nilai pansel per peserta">
      <thead>
        <tr>
          <Th>Peserta</Th>
          <Th>Konflik dinyatakan</Th>
          {COMPONENTS.map(([key, label]) => <Th key={key}>{label}</Th>)}
        </tr>
      </thead>
      <tbody>
        {overview.participants.map((p) => {
          const conflicts = Object.entries(p.declarations).filter(([, d]) => d?.hasConflict);
          const undeclared = Object.values(p.declarations).filter((d) => d === null).length;
          return (
            <Tr key={p.id}>
              <Td className="font-medium">{p.name}<span className="block font-mono text-xs text-slate-500">{p.nip}</span></Td>
              <Td className="text-xs">
                {/* "None" only once every member has declared; until then the list is not complete. */}
                {conflicts.map(([id, d]) => <p key={id}>{name(id)}: {d!.reason}</p>)}
                {undeclared > 0 ? (
                  <p className="text-amber-800">Belum lengkap: {undeclared} anggota belum menyatakan</p>
                ) : conflicts.length === 0 ? (
                  "Tidak ada"
                ) : null}
              </Td>
              {COMPONENTS.map(([key]) => {
                const c = p.components[key];
                if (!c.scored) return <Td key={key} className="text-xs text-slate-500">Tidak dinilai (bobot 0)</Td>;
                return (
                  <Td key={key} className="text-sm" data-testid={`panel-${key}-${p.nip}`}>
                    <p>{c.submitted} dari {c.expected} terkirim</p>
                    {c.values ? (
                      <>
                        <p className="text-xs text-slate-600">{c.values.map((v) => `${name(v.memberId)} ${formatNumber(v.score)}`).join(" · ")}</p>
                        {c.values.flatMap((v) => v.revisions.map((r) => (
                          <p key={`${v.memberId}-${r.revision}`} className={r.othersSeen > 0 ? "text-xs text-amber-800" : "text-xs text-slate-600"}>
                            Revisi {r.revision - 1} {name(v.memberId)}: {formatNumber(r.from)} → {formatNumber(r.to)}
                            {r.othersSeen > 0 ? `, setelah melihat ${r.othersSeen} nilai anggota lain` : ", sebelum ada nilai anggota lain"}
                            {r.reason ? ` — ${r.reason}` : ""}
                          </p>
                        )))}
                        <p className="font-semibold">Agregat {formatNumber(c.aggregate!)} (sebaran {formatNumber(c.spread!)})</p>
                        {c.flagged ? <Badge tone={c.justification ? "warning" : "danger"}>Sebaran di atas ambang {formatNumber(overview.threshold)}</Badge> : null}
                        {c.justification ? <p className="mt-1 text-xs">Justifikasi ({c.justification.by}): {c.justification.text}</p> : null}
                        {c.flagged && justify && p.mayJustify ? (
                          <ActionForm action={justify} className="mt-2 space-y-2">
                            <input type="hidden" name="participantId" value={p.id} />
                            <input type="hidden" name="component" value={key} />
                            <TextAreaField name="text" label={p.chairConflicted ? "Justifikasi (ketua berkonflik, dicatat BKD)" : "Justifikasi ketua"} rows={2} defaultValue={c.justification?.text ?? ""} />
                            <SubmitButton size="sm">Simpan justifikasi</SubmitButton>
                          </ActionForm>
                        ) : null}
                      </>
                    ) : (
                      <p className="text-xs text-slate-500">
                        {overview.isChair && p.chairConflicted ? "Anda menyatakan konflik dengan peserta ini; nilainya tidak ditampilkan." : "Nilai terlihat setelah semua lembar peserta ini terkirim."}
                      </p>
                    )}
                  </Td>
                );
              })}
            </Tr>
          );
        })}
      </tbody>
    </Table>
  );
}
