import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { SavedNotice } from "@/components/ui/saved-notice";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { getOrgUnitDetail } from "@/lib/server/org-units";
import { updateOrgUnitAction } from "../../actions";
import { OrgUnitForm } from "../../org-unit-form";
import { PositionsTable } from "../../positions-table";

export const metadata: Metadata = { title: "OPD" };

export default async function OrgUnitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ tersimpan?: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { tersimpan } = await searchParams;
  const orgUnit = await guard(getOrgUnitDetail(actor, id));
  const canWrite = can(actor.role, "masterdata:write");
  return (
    <>
      <PageHeader
        title={orgUnit.name}
        description={orgUnit.shortName ? `Singkatan: ${orgUnit.shortName}` : undefined}
        actions={canWrite ? <LinkButton href="/jabatan/baru">Tambah jabatan</LinkButton> : null}
      />
      <SavedNotice show={Boolean(tersimpan)}>OPD baru tersimpan.</SavedNotice>
      <div className="space-y-6">
        <Card title={`Jabatan (${orgUnit.positions.length})`}>
          {orgUnit.positions.length === 0 ? (
            <p className="text-sm text-slate-600">Belum ada jabatan di OPD ini.</p>
          ) : (
            <PositionsTable caption={`Jabatan di ${orgUnit.name}`} positions={orgUnit.positions} />
          )}
        </Card>
        {canWrite ? (
          <Card title="Data OPD">
            <OrgUnitForm action={updateOrgUnitAction.bind(null, orgUnit.id)} orgUnit={orgUnit} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
