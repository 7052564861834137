import type { Metadata } from "next";
import Link from "next/link";
import { RoundStatusBadge } from "@/components/round-status-badge";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { formatIsoDate } from "@/lib/iso-date";
import { PANEL_ROLE_LABELS, ROUND_TYPE_LABELS } from "@/lib/labels";
import { listMyPanelRounds } from "@/lib/server/rounds";

export const metadata: Metadata = { title: "Penilaian Saya" };

export default async function MyPanelRoundsPage() {
  const actor = await requireActor();
  const seats = await guard(listMyPanelRounds(actor));
  return (
    <>
      <PageHeader title="Penilaian Saya" description="Putaran seleksi tempat Anda duduk sebagai panitia seleksi." />
      {seats.length === 0 ? (
        <EmptyState title="Anda belum ditetapkan sebagai anggota pansel pada putaran mana pun" />
      ) : (
        <Table caption="Putaran tempat Anda menjadi anggota pansel">
          <thead>
            <tr>
              <Th>Putaran</Th>
              <Th>Jenis</Th>
              <Th>Tanggal acuan</Th>
              <Th>Peran Anda</Th>
              <Th>Lembar Anda</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody>
            {seats.map(({ seatId, panelRole, round, declared, submitted, expected }) => (
              <Tr key={seatId}>
                <Td className="font-medium">
                  <Link href={`/penilaian/${round.id}`} className="text-sky-800 hover:underline">{round.name}</Link>
                </Td>
                <Td>{ROUND_TYPE_LABELS[round.type]}</Td>
                <Td>{formatIsoDate(round.referenceDate)}</Td>
                <Td>{PANEL_ROLE_LABELS[panelRole]}</Td>
                <Td>{declared ? `${submitted} dari ${expected} terkirim` : "Deklarasi konflik belum diisi"}</Td>
                <Td><RoundStatusBadge status={round.status} /></Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
