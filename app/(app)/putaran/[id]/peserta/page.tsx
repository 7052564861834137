import type { Metadata } from "next";
import { formatScore } from "@/lib/format";
import Link from "next/link";
import { RemoveButton } from "@/components/remove-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { getRoundSetup } from "@/lib/server/round-setup/view";
import { ActionForm } from "@/components/action-form";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addParticipantAction, recheckParticipantAction, removeParticipantAction } from "../actions";
import { CandidateRow } from "./candidate-row";

export const metadata: Metadata = { title: "Peserta putaran" };

export default async function RoundParticipantsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const round = await guard(getRoundSetup(actor, id));
  const editable = can(actor.role, "round:manage") && round.status === "DRAFT";
  const openSelection = round.type === "OPEN_SELECTION";
  return (
    <div className="space-y-6">
      {round.applicantShortfalls.length > 0 ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Pelamar kurang dari {round.minApplicantsPerPost} untuk: {round.applicantShortfalls.map((p) => `${p.title} (${p.applicants})`).join(", ")}.
        </p>
      ) : null}
      <Card title={`Peserta (${round.participants.length})`}>
        {round.participants.length === 0 ? (
          <EmptyState title="Belum ada peserta" />
        ) : (
          <Table caption="Peserta putaran">
            <thead>
              <tr>
                <Th>Nama</Th>
                <Th>Jabatan</Th>
                <Th>Kelayakan</Th>
                <Th>JPM</Th>
                <Th><span className="sr-only">Aksi</span></Th>
              </tr>
            </thead>
            <tbody>
              {round.participants.map((p) => (
                <Tr key={p.id}>
                  <Td className="font-medium">
                    <Link href={`/putaran/${round.id}/peserta/${p.id}`} className="text-sky-800 hover:underline">{p.name}</Link>
                    <span className="block font-mono text-xs text-slate-500">{p.nip}</span>
                  </Td>
                  <Td>{p.post ?? "—"}</Td>
                  <Td>
                    {p.eligible ? <Badge tone="success">Memenuhi syarat</Badge> : <Badge tone="warning">Pengecualian</Badge>}
                    {p.reasons.length > 0 ? <ul className="mt-1 list-disc pl-4 text-xs text-slate-700">{p.reasons.map((r) => <li key={r}>{r}</li>)}</ul> : null}
                    {p.overrideReason ? <p className="mt-1 text-xs text-slate-700">Alasan: {p.overrideReason}</p> : null}
                    {editable && p.uncoveredReasons.length > 0 ? (
                      <ActionForm action={recheckParticipantAction.bind(null, round.id)} className="mt-2 space-y-2" aria-label={`Pengecualian baru untuk ${p.name}`}>
                        <p className="text-xs font-medium text-red-800" data-testid={`kelayakan-berubah-${p.nip}`}>
                          Kini tidak memenuhi syarat: {p.uncoveredReasons.join("; ")}.
                        </p>
                        <input type="hidden" name="participantId" value={p.id} />
                        <TextAreaField id={`recheck-${p.id}`} name="overrideReason" label={`Alasan pengecualian baru untuk ${p.name}`} rows={2} />
                        <SubmitButton size="sm" variant="secondary">Simpan pengecualian</SubmitButton>
                      </ActionForm>
                    ) : null}
                  </Td>
                  <Td data-testid={`jpm-${p.nip}`}>
                    {p.jpm === null ? (
                      <span className="text-slate-500">
                        {p.assessment.required === 0
                          ? "standar kompetensi jabatan belum ada"
                          : p.assessment.measured === 0
                            ? "belum ada asesmen"
                            : `asesmen belum lengkap: ${p.assessment.measured} dari ${p.assessment.required} kompetensi`}
                      </span>
                    ) : (
                      <>
                        {formatScore(p.jpm)} %<span className="block text-xs text-slate-600">{p.jpmCategory}</span>
                      </>
                    )}
                  </Td>
                  <Td>
                    {editable && !p.hasAssessment ? (
                      <RemoveButton action={removeParticipantAction.bind(null, round.id)} field="participantId" id={p.id} label={`Hapus ${p.name}`} />
                    ) : null}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      {editable ? (
        <Card title={openSelection ? "Pelamar yang dapat ditambahkan" : "Pemangku jabatan yang belum menjadi peserta"}>
          {round.candidates.length === 0 ? (
            <EmptyState title="Tidak ada calon peserta lain">{openSelection ? null : "Tambahkan jabatan pada langkah 2 terlebih dahulu."}</EmptyState>
          ) : (
            <Table caption="Calon peserta">
              <thead>
                <tr>
                  <Th>Nama</Th>
                  <Th>Jabatan</Th>
                  <Th>Kelayakan</Th>
                  <Th>Tindakan</Th>
                </tr>
              </thead>
              <tbody>
                {round.candidates.map((c) => (
                  <CandidateRow key={c.officialId} candidate={c} posts={round.positions} openSelection={openSelection} action={addParticipantAction.bind(null, round.id)} />
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      ) : null}
    </div>
  );
}
