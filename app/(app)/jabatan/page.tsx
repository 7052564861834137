import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { POSITION_GRADE_LABELS } from "@/lib/labels";
import { PositionsTable } from "./positions-table";
import { listOrgUnitsWithPositions, UNITS_PER_PAGE } from "@/lib/server/positions";
import { pageHref, parseFilter, parseListParams } from "@/lib/search-params";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";

export const metadata: Metadata = { title: "Jabatan" };

export default async function PositionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const { q, page } = parseListParams(params);
  const grade = parseFilter(params, "jenjang", ["JPT_PRATAMA", "ADMINISTRATOR"] as const);
  const { total, units } = await guard(listOrgUnitsWithPositions(actor, { q, grade, page }));
  const href = pageHref("/jabatan", { q, jenjang: grade });
  return (
    <>
      <PageHeader
        title="Jabatan"
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
      {units.length === 0 ? (
        q || grade ? <EmptyState title="Tidak ada OPD atau jabatan yang cocok">Ubah kata kunci pencarian atau filter.</EmptyState> : <EmptyState title="Belum ada OPD">Tambahkan OPD terlebih dahulu, lalu jabatannya.</EmptyState>
      ) : null}
      <div className="space-y-4">
        {units.map((unit) => (
          <Card
            key={unit.id}
            title={unit.shortName ? `${unit.name} (${unit.shortName})` : unit.name}
            actions={<Link className="text-sm text-sky-800 hover:underline" href={`/jabatan/opd/${unit.id}`}>{can(actor.role, "masterdata:write") ? "Lihat & ubah OPD" : "Lihat OPD"}</Link>}
          >
            {unit.positions.length === 0 ? (
              <p className="text-sm text-slate-600">Belum ada jabatan di OPD ini.</p>
            ) : (
              <PositionsTable caption={`Jabatan di ${unit.name}`} positions={unit.positions} />
            )}
          </Card>
        ))}
      </div>
      <Pagination page={page} pageSize={UNITS_PER_PAGE} total={total} href={href} />
    </>
  );
}
