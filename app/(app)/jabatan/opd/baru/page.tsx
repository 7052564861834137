import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/page-guard";
import { createOrgUnitAction } from "../../actions";
import { OrgUnitForm } from "../../org-unit-form";

export const metadata: Metadata = { title: "Tambah OPD" };

export default async function NewOrgUnitPage() {
  const actor = await requireActor();
  requirePermission(actor.role, "masterdata:write");
  return (
    <>
      <PageHeader title="Tambah OPD" />
      <OrgUnitForm action={createOrgUnitAction} />
    </>
  );
}
