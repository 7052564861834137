import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Tentang" };

/** What the application is and which rules it follows; also the light page the results benchmark
 * compares against (same layout, same authentication, no data of its own). */
export default async function AboutPage() {
  const actor = await requireActor();
  return (
    <>
      <PageHeader title="Tentang Seleksi JPT" description={actor.agencyName} />
      <Card>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>Standar kompetensi manajerial dan sosial kultural: PermenPANRB 38/2017.</li>
          <li>Kategori JPM: PermenPANRB 35/2020 (Memenuhi Syarat ≥ 80, Masih Memenuhi Syarat 68–&lt;80).</li>
          <li>Nine-box: PermenPANRB 3/2020.</li>
          <li>Masa jabatan minimal 2 tahun: UU 5/2014 Pasal 116; seleksi terbuka: PP 17/2020 Pasal 107.</li>
          <li>Masa larangan penggantian pejabat: UU 10/2016 Pasal 71 dan 162.</li>
        </ul>
      </Card>
    </>
  );
}
