import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { SavedNotice } from "@/components/ui/saved-notice";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { getPosition, listOfficialOptions, listOrgUnitOptions, listPositionOptions } from "@/lib/server/positions";
import { updatePositionAction, updateStandardAction } from "../actions";
import { PositionForm } from "../position-form";
import { StandardEditor } from "../standard-editor";

export const metadata: Metadata = { title: "Jabatan" };

export default async function PositionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ tersimpan?: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { tersimpan } = await searchParams;
  const [position, orgUnits, officials, posts] = await guard(Promise.all([getPosition(actor, id), listOrgUnitOptions(actor), listOfficialOptions(actor), listPositionOptions(actor)]));
  const canWrite = can(actor.role, "masterdata:write");
  return (
    <>
      <PageHeader title={position.title} description={position.incumbent ? `Pemangku: ${position.incumbent.name}` : "Lowong"} />
      <SavedNotice show={Boolean(tersimpan)}>Jabatan baru tersimpan.</SavedNotice>
      <div className="space-y-6">
        {canWrite ? (
          <Card title="Data jabatan">
            <PositionForm action={updatePositionAction.bind(null, position.id)} position={position} orgUnits={orgUnits} officials={officials} posts={posts} />
          </Card>
        ) : null}
        <Card title="Standar kompetensi">
          <StandardEditor action={updateStandardAction.bind(null, position.id)} standard={position.standard} readOnly={!canWrite} />
        </Card>
      </div>
    </>
  );
}
