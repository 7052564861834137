import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { POSITION_GRADE_LABELS } from "@/lib/labels";
import { listOrgUnitsWithPositions, UNITS_PER_PAGE } from "@/lib/server/positions";
import { parseFilter, parseListParams } from "@/lib/search-params";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";

export const metadata: Metadata = { title: "OPD & Jabatan" };

export default async function PositionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const { q, page } = parseListParams(params);
  const grade = parseFilter(params, "jenjang", ["JPT_PRATAMA", "ADMINISTRATOR"] as const);
  const { total, units } = await guard(listOrgUnitsWithPositions(actor, { q, grade, page }));
  const href = (p: number) => `/jabatan?${new URLSearchParams({ q, jenjang: grade, page: String(p) })}`;
  return (
    <>
      <PageHeader
        title="OPD & Jabatan"
        description="Perangkat daerah dan jabatan pimpinan tinggi beserta pemangkunya."
        actions={
          can(actor.role, "masterdata:write") ? (
            <>
              <LinkButton href="/jabatan/opd/baru">Tambah OPD</LinkButton>
              <LinkButton href="/jabatan/baru" variant="primary">Tambah jabatan</LinkButton>
            </>
          ) : null
        }
      />
      <SearchForm
        defaultValue={q}
        placeholder="Nama jabatan atau OPD"
        filters={[{ name: "jenjang", label: "Jenjang", value: grade, options: [{ value: "", label: "Semua" }, ...Object.entries(POSITION_GRADE_LABELS).map(([value, label]) => ({ value, label }))] }]}
      />
      {units.length === 0 ? <EmptyState title="Belum ada OPD">Tambahkan OPD terlebih dahulu, lalu jabatannya.</EmptyState> : null}
      <div className="space-y-4">
        {units.map((unit) => (
          <Card
            key={unit.id}
            title={unit.shortName ? `${unit.name} (${unit.shortName})` : unit.name}
            actions={can(actor.role, "masterdata:write") ? <Link className="text-sm text-sky-800 hover:underline" href={`/jabatan/opd/${unit.id}`}>Ubah OPD</Link> : null}
          >
            <Table caption={`Jabatan di ${unit.name}`}>
              <thead>
                <tr>
                  <Th>Jabatan</Th>
                  <Th>Jenjang</Th>
                  <Th>Pemangku</Th>
                  <Th>Standar kompetensi</Th>
                </tr>
              </thead>
              <tbody>
                {unit.positions.map((p) => (
                  <Tr key={p.id}>
                    <Td className="font-medium"><Link className="text-sky-800 hover:underline" href={`/jabatan/${p.id}`}>{p.title}</Link></Td>
                    <Td>{POSITION_GRADE_LABELS[p.grade]}</Td>
                    <Td>
                      {p.incumbent ?? (p.acting ? <>Plt. {p.acting}</> : <Badge tone="warning">Lowong</Badge>)}
                    </Td>
                    <Td>{p.standardCount} kompetensi</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          </Card>
        ))}
      </div>
      <Pagination page={page} pageSize={UNITS_PER_PAGE} total={total} href={href} />
    </>
  );
}
