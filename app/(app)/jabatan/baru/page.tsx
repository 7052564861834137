import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { guard, requirePermission } from "@/lib/page-guard";
import { listOfficialOptions, listOrgUnitOptions, listPositionOptions } from "@/lib/server/positions";
import { createPositionAction } from "../actions";
import { PositionForm } from "../position-form";

export const metadata: Metadata = { title: "Tambah jabatan" };

export default async function NewPositionPage() {
  const actor = await requireActor();
  requirePermission(actor.role, "masterdata:write");
  const [orgUnits, officials, posts] = await guard(Promise.all([listOrgUnitOptions(actor), listOfficialOptions(actor), listPositionOptions(actor)]));
  return (
    <>
      <PageHeader title="Tambah jabatan" description="Jabatan JPT Pratama baru mendapat standar kompetensi bawaan (level 4) yang dapat disesuaikan." />
      <PositionForm action={createPositionAction} orgUnits={orgUnits} officials={officials} posts={posts} />
    </>
  );
}
