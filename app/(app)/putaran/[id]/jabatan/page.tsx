import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { Checkbox } from "@/components/ui/choice";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { getRoundSetup } from "@/lib/server/round-setup/view";
import { setPositionsAction } from "../actions";

export const metadata: Metadata = { title: "Jabatan putaran" };

export default async function RoundPositionsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const round = await guard(getRoundSetup(actor, id));
  const editable = can(actor.role, "round:manage") && round.status === "DRAFT";
  const inRound = new Map(round.positions.map((p) => [p.positionId, p]));
  return (
    <ActionForm action={setPositionsAction.bind(null, round.id)} className="space-y-4">
      <p className="text-sm text-slate-600">
        Pilih jabatan JPT Pratama yang {round.type === "JOB_FIT" ? "pemangkunya diuji" : "diisi melalui seleksi terbuka"}.
        {round.type === "JOB_FIT" ? " Tandai jabatan yang akan diisi melalui seleksi terbuka agar tidak dipakai dalam usulan rotasi." : ""}
      </p>
      <Table caption="Jabatan dalam putaran">
        <thead>
          <tr>
            <Th>Ikut</Th>
            <Th>Jabatan</Th>
            <Th>OPD</Th>
            <Th>Pemangku</Th>
            {round.type === "JOB_FIT" ? <Th>Untuk seleksi terbuka</Th> : null}
          </tr>
        </thead>
        <tbody>
          {round.allPosts.map((post) => {
            const current = inRound.get(post.id);
            return (
              <Tr key={post.id}>
                <Td>
                  <Checkbox name="positionIds" value={post.id} defaultChecked={Boolean(current)} disabled={!editable} aria-label={`Sertakan ${post.title}`} />
                </Td>
                <Td className="font-medium">{post.title}</Td>
                <Td>{post.orgUnit}</Td>
                <Td>{post.incumbent ?? "Lowong"}</Td>
                {round.type === "JOB_FIT" ? (
                  <Td>
                    <Checkbox name="reservedIds" value={post.id} defaultChecked={current?.reserved ?? false} disabled={!editable} aria-label={`${post.title} untuk seleksi terbuka`} />
                  </Td>
                ) : null}
              </Tr>
            );
          })}
        </tbody>
      </Table>
      {editable ? <SubmitButton>Simpan jabatan</SubmitButton> : <p className="text-sm text-slate-600">Jabatan tidak dapat diubah setelah penilaian dimulai.</p>}
    </ActionForm>
  );
}
