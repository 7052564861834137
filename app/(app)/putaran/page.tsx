import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { RoundStatusBadge } from "@/components/round-status-badge";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { formatIsoDate } from "@/lib/iso-date";
import { ROUND_TYPE_LABELS } from "@/lib/labels";
import { listRounds } from "@/lib/server/rounds";

export const metadata: Metadata = { title: "Putaran Seleksi" };

export default async function RoundsPage() {
  const actor = await requireActor();
  const rounds = await guard(listRounds(actor));
  return (
    <>
      <PageHeader
        title="Putaran Seleksi"
        description="Uji kompetensi (job fit) dan seleksi terbuka JPT Pratama."
        actions={can(actor.role, "round:manage") ? <LinkButton href="/putaran/baru" variant="primary">Buat putaran</LinkButton> : null}
      />
      {rounds.length === 0 ? (
        <EmptyState title="Belum ada putaran seleksi" />
      ) : (
        <Table caption="Daftar putaran seleksi">
          <thead>
            <tr>
              <Th>Nama</Th>
              <Th>Jenis</Th>
              <Th>Tanggal acuan</Th>
              <Th>Jabatan</Th>
              <Th>Peserta</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((round) => (
              <Tr key={round.id}>
                <Td className="font-medium"><Link className="text-sky-800 hover:underline" href={`/putaran/${round.id}`}>{round.name}</Link></Td>
                <Td>{ROUND_TYPE_LABELS[round.type]}</Td>
                <Td>{formatIsoDate(round.referenceDate)}</Td>
                <Td>{round.positions}</Td>
                <Td>{round.participants}</Td>
                <Td><RoundStatusBadge status={round.status} /></Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
