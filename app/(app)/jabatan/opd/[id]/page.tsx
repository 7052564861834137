import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { guard, requirePermission } from "@/lib/page-guard";
import { getOrgUnit } from "@/lib/server/positions";
import { updateOrgUnitAction } from "../../actions";
import { OrgUnitForm } from "../../org-unit-form";

export const metadata: Metadata = { title: "OPD" };

export default async function OrgUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  requirePermission(actor.role, "masterdata:write");
  const { id } = await params;
  const orgUnit = await guard(getOrgUnit(actor, id));
  return (
    <>
      <PageHeader title={orgUnit.name} />
      <OrgUnitForm action={updateOrgUnitAction.bind(null, orgUnit.id)} orgUnit={orgUnit} />
    </>
  );
}
