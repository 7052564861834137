import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/page-guard";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/server/imports/limits";
import { DownloadLink } from "@/components/ui/download-link";
import { ImportPanel } from "../import-panel";
import { importOfficialsAction } from "./actions";

export const metadata: Metadata = { title: "Impor pejabat" };

export default async function ImportOfficialsPage() {
  const actor = await requireActor();
  requirePermission(actor.role, "import:run");
  return (
    <>
      <PageHeader
        title="Impor data pejabat"
        description="Tambah atau perbarui pejabat instansi Anda dari berkas XLSX atau CSV; setiap baris dicocokkan dengan NIP."
        actions={
          <>
            <DownloadLink href="/impor/templat/pejabat">Unduh templat</DownloadLink>
            <DownloadLink href="/pegawai/ekspor">Unduh data saat ini</DownloadLink>
          </>
        }
      />
      <div className="space-y-4">
        <Card>
          <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
            <li>Isi templat, atau unduh data saat ini lalu ubah; tanggal lahir dan jenis kelamin boleh kosong (diambil dari NIP).</li>
            <li>Pilih berkas, lalu <strong>Periksa</strong>: setiap baris ditandai baru, diubah, tidak berubah, atau galat beserta kolom dan alasannya.</li>
            <li><strong>Simpan impor</strong> menyimpan semua baris sekaligus. Jika ada satu baris bermasalah, tidak ada yang disimpan.</li>
          </ol>
        </Card>
        <ImportPanel action={importOfficialsAction} maxBytes={MAX_IMPORT_BYTES} maxRows={MAX_IMPORT_ROWS} />
      </div>
    </>
  );
}
