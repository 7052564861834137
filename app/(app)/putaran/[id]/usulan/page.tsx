import type { Metadata } from "next";
import { formatScore } from "@/lib/format";
import { ActionForm } from "@/components/action-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Radio } from "@/components/ui/choice";
import { TextAreaField } from "@/components/ui/field";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { ROTATION_PROPOSAL_STATUS_LABELS } from "@/lib/domain/workflow/rotation-proposal";
import { guardState } from "@/lib/page-guard";
import { MOVE_KIND_LABELS } from "@/lib/schemas/proposal";
import { getProposalView, type ProposalView } from "@/lib/server/proposals/view";
import { approveAction, approvePendingAction, decideAction, reopenAction, returnAction, saveMoveAction, submitAction, suggestAction } from "./actions";
import { MoveEditor } from "./move-editor";

export const metadata: Metadata = { title: "Usulan rotasi" };

const DECISION = { PENDING: ["Belum diputuskan", "neutral"], APPROVED: ["Disetujui", "success"], REJECTED: ["Ditolak", "danger"] } as const;

function describe(row: ProposalView["rows"][number]) {
  const move = row.move;
  if (!move) return "Belum ditentukan";
  const target = move.kind === "STAY" ? "" : ` — ${move.targetPosition?.title ?? move.targetTitle ?? ""}`;
  if (move.kind === "APPOINT") return `Calon peringkat ${move.candidateRank}${target}`;
  return `${MOVE_KIND_LABELS[move.kind]}${target}`;
}

export default async function ProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const loaded = await guardState(getProposalView(actor, id));
  if (!loaded.ok) {
    return (
      <Card title="Usulan rotasi belum tersedia">
        <p role="status" className="text-sm text-slate-700" data-testid="usulan-belum-tersedia">{loaded.notice}</p>
      </Card>
    );
  }
  const view = loaded.data;
  const status = view.proposal?.status ?? "DRAFT";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone={status === "APPROVED" ? "success" : status === "RETURNED" ? "warning" : status === "SUBMITTED" ? "info" : "neutral"}>
          <span data-testid="status-usulan">{ROTATION_PROPOSAL_STATUS_LABELS[status]}</span>
        </Badge>
        <p className="text-sm text-slate-600">Berdasarkan versi hasil {view.snapshotNumber}. Saran sistem hanya pertimbangan; kepala daerah memutuskan setiap usulan.</p>
      </div>
      {view.proposal?.headNotes ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">Catatan kepala daerah: {view.proposal.headNotes}</p> : null}
      {view.lockConflicts.length > 0 ? (
        <div role="status" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="kunci-ganda">
          <p className="font-medium">Satu jabatan dikunci untuk lebih dari satu pejabat. Buka kunci salah satu usulan agar saran dan pengajuan dapat dilanjutkan.</p>
          <ul className="mt-1 list-disc pl-5">
            {view.lockConflicts.map((c) => (
              <li key={c.post}>{c.post}: {c.names.join(", ")}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.fit ? (
        <Card title="Kecocokan usulan dibanding optimum">
          <p className="text-sm text-slate-800" data-testid="kecocokan">
            Usulan: total {formatScore(view.fit.proposal.total)} ({view.fit.proposal.assigned} pejabat ditempatkan) · optimum: total {formatScore(view.fit.optimum.total)} ({view.fit.optimum.assigned} pejabat)
            {view.fit.proposal.forbidden > 0 ? ` · ${view.fit.proposal.forbidden} usulan melanggar batasan` : ""}
            {view.fit.proposal.conflicts > 0 ? ` · ${view.fit.proposal.conflicts} jabatan diusulkan ganda` : ""}
          </p>
          {view.can.draft ? (
            <ActionForm action={suggestAction.bind(null, id)} className="mt-3">
              <SubmitButton variant="secondary">Sarankan penempatan optimal</SubmitButton>
            </ActionForm>
          ) : null}
        </Card>
      ) : null}
      {view.can.prepareTopThree ? (
        <ActionForm action={suggestAction.bind(null, id)}>
          <SubmitButton variant="secondary">Siapkan tiga teratas per jabatan</SubmitButton>
        </ActionForm>
      ) : null}
      <Table caption="Usulan per peserta">
        <thead>
          <tr>
            <Th>Peringkat</Th>
            <Th>Peserta</Th>
            <Th>Jabatan sekarang</Th>
            <Th>Usulan</Th>
            <Th>Keputusan kepala daerah</Th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <Tr key={row.participantId}>
              <Td className="font-semibold">{row.rank ?? "—"}</Td>
              <Td className="font-medium">
                {row.name}
                <span className="block text-xs text-slate-500">Nilai {formatScore(row.composite)} · JPM {formatScore(row.jpm)} · kotak {row.nineBox ?? "—"}</span>
              </Td>
              <Td className="text-sm">
                {row.currentPost ?? "—"}
                {row.tenureLocked ? <span className="block text-xs text-amber-800">Belum 2 tahun menjabat</span> : null}
              </Td>
              <Td className={`${view.can.draft ? "min-w-72" : "min-w-40"} text-sm`} data-testid={`usulan-${row.nip}`}>
                {view.can.draft ? (
                  <>
                    {row.placementConflict ? (
                      <p role="status" className="mb-2 rounded-md bg-red-50 px-2 py-1 text-xs text-red-900" data-testid={`jabatan-ganda-${row.nip}`}>{row.placementConflict}</p>
                    ) : null}
                    <MoveEditor row={row} jptPosts={view.jptPosts} administratorPosts={view.administratorPosts} action={saveMoveAction.bind(null, id)} />
                  </>
                ) : (
                  <>
                    <p className="font-medium">{describe(row)}</p>
                    {row.move?.rationale ? <p className="text-xs text-slate-600">{row.move.rationale}</p> : null}
                    {/* The head decides a move of an official under 2 years in post on this exception (UU 5/2014 art. 116). */}
                    {row.tenureLocked && row.move && row.move.kind !== "STAY" ? (
                      <p className="mt-1 text-xs text-amber-900" data-testid={`pengecualian-${row.nip}`}>
                        Belum 2 tahun menjabat · alasan pengecualian: {row.move.tenureExceptionReason ?? "—"}
                      </p>
                    ) : null}
                  </>
                )}
              </Td>
              <Td className="min-w-56 text-sm" data-testid={`keputusan-${row.nip}`}>
                {row.move ? <Badge tone={DECISION[row.move.decision][1]}>{DECISION[row.move.decision][0]}</Badge> : "—"}
                {row.move?.decisionReason ? <p className="mt-1 text-xs">Alasan: {row.move.decisionReason}</p> : null}
                {row.move?.previousDecision ? (
                  <p className="mt-1 text-xs text-slate-600" data-testid={`keputusan-sebelumnya-${row.nip}`}>
                    Keputusan sebelumnya: {DECISION[row.move.previousDecision][0]}
                    {row.move.previousReason ? ` — ${row.move.previousReason}` : ""}
                  </p>
                ) : null}
                {view.can.decide && row.move ? (
                  <ActionForm
                    action={decideAction.bind(null, id)}
                    // "Approve all pending" decides this move from another form.
                    syncKey={`${row.move.decision}:${row.move.decisionReason ?? ""}`}
                    className="mt-2 space-y-2"
                    aria-label={`Keputusan untuk ${row.name}`}
                  >
                    <input type="hidden" name="moveId" value={row.move.id} />
                    <div className="flex flex-wrap gap-x-4 gap-y-1">
                      <label className="flex items-center gap-2"><Radio name="decision" value="APPROVED" defaultChecked={row.move.decision !== "REJECTED"} /> Setujui</label>
                      <label className="flex items-center gap-2"><Radio name="decision" value="REJECTED" defaultChecked={row.move.decision === "REJECTED"} /> Tolak</label>
                    </div>
                    <TextAreaField
                      id={`reason-${row.participantId}`}
                      name="reason"
                      label={row.move.kind === "APPOINT" ? "Alasan (wajib jika menolak atau memilih selain peringkat 1)" : "Alasan (wajib jika menolak)"}
                      rows={2}
                    />
                    <SubmitButton size="sm" variant="secondary">Simpan keputusan</SubmitButton>
                  </ActionForm>
                ) : null}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      {view.can.submit ? (
        <ActionForm action={submitAction.bind(null, id)}>
          <SubmitButton>Ajukan kepada kepala daerah</SubmitButton>
        </ActionForm>
      ) : null}
      {view.can.decide ? (
        <div className="grid gap-4 md:grid-cols-2">
          <Card title="Tetapkan keputusan">
            {view.can.approveAllPending ? (
              <ActionForm action={approvePendingAction.bind(null, id)} className="mb-4">
                <SubmitButton variant="secondary">Setujui semua yang belum diputuskan</SubmitButton>
              </ActionForm>
            ) : null}
            <ActionForm action={approveAction.bind(null, id)} className="space-y-2">
              <TextAreaField id="approve-notes" name="notes" label="Catatan (opsional)" rows={2} />
              <ConfirmSubmit title="Tetapkan keputusan?" message="Keputusan atas setiap usulan menjadi final dan usulan tidak dapat diubah lagi.">Tetapkan keputusan</ConfirmSubmit>
            </ActionForm>
          </Card>
          <Card title="Kembalikan kepada Sekda">
            <ActionForm action={returnAction.bind(null, id)} className="space-y-2">
              <TextAreaField id="return-notes" name="notes" label="Catatan pengembalian" rows={2} required />
              <SubmitButton variant="secondary">Kembalikan</SubmitButton>
            </ActionForm>
          </Card>
        </div>
      ) : null}
      {view.can.reopen ? (
        <ActionForm action={reopenAction.bind(null, id)}>
          <SubmitButton variant="secondary">Buka kembali sebagai draf</SubmitButton>
        </ActionForm>
      ) : null}
    </div>
  );
}
