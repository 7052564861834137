import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { PANEL_COMPONENTS } from "@/lib/domain/round-config";
import { COMPOSITE_COMPONENT_LABELS } from "@/lib/domain/scoring/composite";
import { guard } from "@/lib/page-guard";
import { getDeclarationForm } from "@/lib/server/panel/conflicts";
import { getMyRoundSheets } from "@/lib/server/panel/sheet-view";
import { declareConflictsAction } from "./actions";
import { ConflictForm } from "./conflict-form";

export const metadata: Metadata = { title: "Penilaian" };

const STATE_LABEL = { NONE: "Belum dimulai", DRAFT: "Draf", SUBMITTED: "Terkirim", NOT_SCORED: "Tidak dinilai" } as const;
const STATE_TONE = { NONE: "neutral", DRAFT: "warning", SUBMITTED: "success", NOT_SCORED: "neutral" } as const;
const COMPONENT_SLUG = { PAPER: "makalah", INTERVIEW: "wawancara" } as const;

export default async function PanelRoundPage({ params, searchParams }: { params: Promise<{ roundId: string }>; searchParams: Promise<{ deklarasi?: string }> }) {
  const actor = await requireActor();
  const { roundId } = await params;
  const { deklarasi } = await searchParams;
  const mine = await guard(getMyRoundSheets(actor, roundId));
  // The chair's summary opens only after the chair's own declarations (ADR 0012); the service
  // refuses it before, the link is not offered.
  const chairLink = mine.seat.role === "KETUA" && mine.declared ? <LinkButton href={`/penilaian/${roundId}/ketua`}>Ringkasan ketua</LinkButton> : null;

  if (!mine.declared || deklarasi === "ubah") {
    const form = await guard(getDeclarationForm(actor, roundId));
    return (
      <>
        <PageHeader title={mine.seat.round.name} description="Langkah pertama: nyatakan konflik kepentingan untuk setiap peserta. Data dan nilai peserta baru terbuka setelahnya." actions={chairLink} />
        <ConflictForm action={declareConflictsAction.bind(null, roundId)} participants={form.participants} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={mine.seat.round.name}
        description="Nilai makalah dan wawancara setiap peserta. Nilai anggota lain terlihat setelah Anda mengirim nilai Anda sendiri."
        actions={
          <>
            <LinkButton href={`/penilaian/${roundId}?deklarasi=ubah`}>Ubah deklarasi konflik</LinkButton>
            {chairLink}
          </>
        }
      />
      <Card title="Peserta">
        <Table caption="Lembar penilaian Anda">
          <thead>
            <tr>
              <Th>Peserta</Th>
              <Th>Makalah</Th>
              <Th>Wawancara</Th>
            </tr>
          </thead>
          <tbody>
            {mine.participants.map((p) => (
              <Tr key={p.id}>
                <Td className="font-medium">
                  {p.name}
                  <span className="block text-xs text-slate-500">{p.post ?? "—"}</span>
                </Td>
                {p.conflict ? (
                  <Td colSpan={2}><Badge>Konflik kepentingan — tidak menilai</Badge></Td>
                ) : (
                  PANEL_COMPONENTS.map((component) => (
                    <Td key={component}>
                      {p[component] === "NOT_SCORED" ? <span className="text-xs text-slate-500">Tidak dinilai (bobot 0)</span> : (
                      <Link
                        href={`/penilaian/${roundId}/${p.id}/${COMPONENT_SLUG[component]}`}
                        className="inline-flex min-h-10 items-center gap-2 text-sky-800 hover:underline"
                        aria-label={`${COMPOSITE_COMPONENT_LABELS[component]} ${p.name}: ${STATE_LABEL[p[component]]}`}
                      >
                        <Badge tone={STATE_TONE[p[component]]}>{STATE_LABEL[p[component]]}</Badge>
                        {p[component] === "SUBMITTED" ? "Lihat" : "Nilai"}
                      </Link>
                      )}
                    </Td>
                  ))
                )}
              </Tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
