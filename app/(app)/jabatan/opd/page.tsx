import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { pageHref, parseListParams } from "@/lib/search-params";
import { listOrgUnits, ORG_UNITS_PAGE_SIZE } from "@/lib/server/org-units";

export const metadata: Metadata = { title: "OPD" };

export default async function OrgUnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { q, page } = parseListParams(await searchParams);
  const { total, units } = await guard(listOrgUnits(actor, { q, page }));
  return (
    <>
      <PageHeader
        title="OPD"
        description="Perangkat daerah di instansi Anda, dengan jumlah jabatan dan jabatan yang lowong."
        actions={can(actor.role, "masterdata:write") ? <LinkButton href="/jabatan/opd/baru" variant="primary">Tambah OPD</LinkButton> : null}
      />
      <SearchForm defaultValue={q} placeholder="Nama atau singkatan OPD" />
      {units.length === 0 ? (
        q ? <EmptyState title="Tidak ada OPD yang cocok">Ubah kata kunci pencarian.</EmptyState> : <EmptyState title="Belum ada OPD">Tambahkan OPD terlebih dahulu.</EmptyState>
      ) : (
        <>
          <Table caption="Daftar OPD">
            <thead>
              <tr>
                <Th>Nama OPD</Th>
                <Th>Singkatan</Th>
                <Th>Jumlah jabatan</Th>
                <Th>Lowong</Th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <Tr key={u.id}>
                  <Td className="font-medium"><Link className="text-sky-800 underline-offset-2 hover:underline" href={`/jabatan/opd/${u.id}`}>{u.name}</Link></Td>
                  <Td>{u.shortName || "—"}</Td>
                  <Td>{u.positionCount}</Td>
                  <Td>{u.vacantCount}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pageSize={ORG_UNITS_PAGE_SIZE} total={total} href={pageHref("/jabatan/opd", { q })} />
        </>
      )}
    </>
  );
}
