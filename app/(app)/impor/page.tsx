import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/page-guard";

export const metadata: Metadata = { title: "Impor data" };

export default async function ImportsPage() {
  const actor = await requireActor();
  requirePermission(actor.role, "import:run");
  return (
    <>
      <PageHeader title="Impor data" description="Unggah XLSX atau CSV, periksa setiap baris, lalu simpan sekaligus." />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Data pejabat" actions={<LinkButton href="/impor/pejabat" variant="primary">Impor pejabat</LinkButton>}>
          <p className="text-sm text-slate-700">Tambah atau perbarui pejabat berdasarkan NIP.</p>
        </Card>
        <Card title="Hasil asesmen" actions={<LinkButton href="/impor/asesmen" variant="primary">Impor hasil asesmen</LinkButton>}>
          <p className="text-sm text-slate-700">Level kompetensi dari assessment center untuk peserta satu putaran.</p>
        </Card>
      </div>
    </>
  );
}
