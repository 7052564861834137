import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { RemoveButton } from "@/components/remove-button";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatIsoDate } from "@/lib/iso-date";
import { BLACKOUT_KIND_LABELS } from "@/lib/labels";
import { guard } from "@/lib/page-guard";
import { listBlackouts } from "@/lib/server/blackouts";
import { addBlackoutAction, removeBlackoutAction } from "./actions";

export const metadata: Metadata = { title: "Masa larangan mutasi" };


export default async function BlackoutsPage() {
  const actor = await requireActor();
  const windows = await guard(listBlackouts(actor));
  const editable = can(actor.role, "masterdata:write");
  return (
    <>
      <PageHeader
        title="Masa larangan mutasi"
        description="Penggantian pejabat dalam masa ini memerlukan persetujuan tertulis Menteri Dalam Negeri (UU 10/2016 Pasal 71 dan 162). Uji kompetensi yang tanggal acuannya jatuh di dalamnya menandai peserta."
      />
      <div className="space-y-6">
        <Card title="Masa larangan tercatat">
          {windows.length === 0 ? (
            <EmptyState title="Belum ada masa larangan" />
          ) : (
            <Table caption="Masa larangan">
              <thead>
                <tr>
                  <Th>Jenis</Th>
                  <Th>Mulai</Th>
                  <Th>Berakhir</Th>
                  <Th>Keterangan</Th>
                  <Th><span className="sr-only">Aksi</span></Th>
                </tr>
              </thead>
              <tbody>
                {windows.map((w) => (
                  <Tr key={w.id}>
                    <Td>{BLACKOUT_KIND_LABELS[w.kind]}</Td>
                    <Td>{formatIsoDate(w.from)}</Td>
                    <Td>{w.to ? formatIsoDate(w.to) : "sampai akhir masa jabatan"}</Td>
                    <Td>{w.note || w.label}</Td>
                    <Td>
                      {editable ? (
                        <RemoveButton action={removeBlackoutAction} field="blackoutId" id={w.id} label={`Hapus masa larangan mulai ${formatIsoDate(w.from)}`} />
                      ) : null}
                    </Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        {editable ? (
          <Card title="Catat masa larangan">
            <ActionForm action={addBlackoutAction} className="grid max-w-3xl gap-4 sm:grid-cols-2">
              <SelectField name="kind" label="Jenis" required defaultValue="HEAD_INAUGURATION" options={Object.entries(BLACKOUT_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
              <TextField
                name="eventDate"
                label="Tanggal peristiwa"
                type="date"
                required
                hint="Pelantikan kepala daerah: tanggal pelantikan (6 bulan sesudahnya). Pilkada: tanggal penetapan paslon (sejak 6 bulan sebelumnya). Lainnya: tanggal mulai."
              />
              <TextField name="endsOn" label="Tanggal berakhir" type="date" hint="Pilkada: akhir masa jabatan, jika sudah diketahui. Lainnya: wajib." />
              <TextField name="note" label="Keterangan" />
              <div className="sm:col-span-2"><SubmitButton>Simpan</SubmitButton></div>
            </ActionForm>
          </Card>
        ) : null}
      </div>
    </>
  );
}
