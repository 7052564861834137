import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { DownloadLink } from "@/components/ui/download-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { formatIsoDate } from "@/lib/iso-date";
import { OFFICIAL_STATUS_LABELS } from "@/lib/labels";
import { parseFilter, parseListParams } from "@/lib/search-params";
import { listOfficials, PAGE_SIZE } from "@/lib/server/officials";

export const metadata: Metadata = { title: "Pejabat" };

export default async function OfficialsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const { q, page } = parseListParams(params);
  const status = parseFilter(params, "status", ["ACTIVE", "INACTIVE", "RETIRED"] as const);
  const holdsPost = parseFilter(params, "jabatan", ["JPT", "OTHER"] as const);
  const { total, officials } = await guard(listOfficials(actor, { q, page, status, holdsPost }));
  const href = (p: number) => `/pegawai?${new URLSearchParams({ q, status, jabatan: holdsPost, page: String(p) })}`;
  return (
    <>
      <PageHeader
        title="Pejabat"
        description="Pejabat pimpinan tinggi dan calon peserta seleksi di instansi Anda."
        actions={
          <>
            <DownloadLink href="/pegawai/ekspor">Unduh XLSX</DownloadLink>
            {can(actor.role, "import:run") ? <LinkButton href="/impor/pejabat">Impor</LinkButton> : null}
            {can(actor.role, "masterdata:write") ? <LinkButton href="/pegawai/baru" variant="primary">Tambah pejabat</LinkButton> : null}
          </>
        }
      />
      <SearchForm
        defaultValue={q}
        placeholder="Nama atau NIP"
        filters={[
          { name: "status", label: "Status", value: status, options: [{ value: "", label: "Semua" }, ...Object.entries(OFFICIAL_STATUS_LABELS).map(([value, label]) => ({ value, label }))] },
          { name: "jabatan", label: "Jabatan", value: holdsPost, options: [{ value: "", label: "Semua" }, { value: "JPT", label: "Pemangku JPT" }, { value: "OTHER", label: "Bukan pemangku JPT" }] },
        ]}
      />
      {officials.length === 0 ? (
        <EmptyState title="Tidak ada pejabat yang cocok">Ubah kata kunci pencarian.</EmptyState>
      ) : (
        <>
          <Table caption="Daftar pejabat">
            <thead>
              <tr>
                <Th>Nama</Th>
                <Th>NIP</Th>
                <Th>Pangkat/golongan</Th>
                <Th>Jabatan</Th>
                <Th>Dilantik</Th>
                <Th>Status</Th>
              </tr>
            </thead>
            <tbody>
              {officials.map((o) => (
                <Tr key={o.id}>
                  <Td className="font-medium"><Link className="text-sky-800 underline-offset-2 hover:underline" href={`/pegawai/${o.id}`}>{o.name}</Link></Td>
                  <Td className="font-mono text-xs">{o.nip}</Td>
                  <Td>{o.rank}</Td>
                  <Td>
                    {o.position ?? "—"}
                    {o.orgUnit ? <span className="block text-xs text-slate-500">{o.orgUnit}</span> : null}
                  </Td>
                  <Td>{o.inauguratedOn ? formatIsoDate(o.inauguratedOn) : "—"}</Td>
                  <Td>{OFFICIAL_STATUS_LABELS[o.status as keyof typeof OFFICIAL_STATUS_LABELS]}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pageSize={PAGE_SIZE} total={total} href={href} />
        </>
      )}
    </>
  );
}
