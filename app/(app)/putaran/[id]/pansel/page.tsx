import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { Checkbox } from "@/components/ui/choice";
import { RemoveButton } from "@/components/remove-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { maxInternalMembers } from "@/lib/domain/panel-composition";
import { panelReadiness } from "@/lib/domain/round-readiness";
import { PANEL_ROLE_LABELS } from "@/lib/labels";
import { getRoundSetup } from "@/lib/server/round-setup/view";
import { addPanelMemberAction, removePanelMemberAction } from "../actions";

export const metadata: Metadata = { title: "Pansel" };

export default async function PanelPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const round = await guard(getRoundSetup(actor, id));
  const editable = can(actor.role, "round:manage") && round.status === "DRAFT";
  const problems = panelReadiness(round.panel);
  const internal = round.panel.filter((m) => m.internal).length;
  return (
    <div className="space-y-6">
      <Card title={`Panitia seleksi (${round.panel.length} anggota)`}>
        <div role="status" aria-live="polite" data-testid="komposisi-pansel" className={`mb-4 rounded-md px-3 py-2 text-sm ${problems.length ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-800"}`}>
          <p>
            {internal} dari {round.panel.length} anggota berasal dari internal instansi (paling banyak {maxInternalMembers(round.panel.length)} untuk {round.panel.length} anggota).
          </p>
          {problems.length ? (
            <ul className="mt-1 list-disc pl-5">
              {problems.map((p) => <li key={p.code}>{p.label}</li>)}
            </ul>
          ) : (
            <p>Komposisi pansel memenuhi ketentuan.</p>
          )}
        </div>
        {round.panel.length === 0 ? (
          <EmptyState title="Belum ada anggota pansel" />
        ) : (
          <Table caption="Anggota pansel">
            <thead>
              <tr>
                <Th>Nama</Th>
                <Th>Peran</Th>
                <Th>Asal</Th>
                <Th>Instansi</Th>
                <Th>Nomor SK</Th>
                <Th><span className="sr-only">Aksi</span></Th>
              </tr>
            </thead>
            <tbody>
              {round.panel.map((m) => (
                <Tr key={m.id}>
                  <Td className="font-medium">
                    {m.name}
                    {m.hasAccount ? <span className="block text-xs text-slate-500">{m.email} · menilai</span> : <span className="block text-xs text-slate-500">tanpa akun · tidak menilai</span>}
                  </Td>
                  <Td>{PANEL_ROLE_LABELS[m.role]}</Td>
                  <Td>{m.internal ? <Badge tone="info">Internal</Badge> : <Badge>Eksternal</Badge>}</Td>
                  <Td>{m.institution || "—"}</Td>
                  <Td>{m.decreeNumber || "—"}</Td>
                  <Td>
                    {editable ? (
                      <RemoveButton action={removePanelMemberAction.bind(null, round.id)} field="memberId" id={m.id} label={`Hapus ${m.name}`} />
                    ) : null}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      {editable ? (
        <Card title="Tambah anggota pansel">
          <ActionForm action={addPanelMemberAction.bind(null, round.id)} className="grid max-w-3xl gap-4 sm:grid-cols-2">
                <SelectField
                  name="userId"
                  label="Akun pengguna (anggota yang menilai)"
                  placeholder="— anggota tanpa akun —"
                  options={round.panelUsers.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
                />
                <TextField name="externalName" label="Nama anggota tanpa akun" hint="Isi jika anggota tidak memiliki akun." />
                <SelectField
                  name="role"
                  hint="Ketua harus anggota yang memiliki akun."
                  label="Peran"
                  required
                  defaultValue="ANGGOTA"
                  options={Object.entries(PANEL_ROLE_LABELS).map(([value, label]) => ({ value, label }))}
                />
                <TextField name="institution" label="Instansi asal" />
                <TextField name="decreeNumber" label="Nomor SK pansel" hint="Wajib diisi untuk setiap anggota sebelum penilaian dimulai." />
                <div className="flex items-center gap-2 pt-6">
                  <Checkbox id="internal" name="internal" />
                  <label htmlFor="internal" className="text-sm font-medium text-slate-800">Internal instansi</label>
                </div>
                <div className="sm:col-span-2">
                  <SubmitButton>Tambah anggota</SubmitButton>
                </div>
          </ActionForm>
        </Card>
      ) : null}
    </div>
  );
}
