import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { guard, requirePermission } from "@/lib/page-guard";
import { listJptPostOptions } from "@/lib/server/officials";
import { createOfficialAction } from "../actions";
import { OfficialForm } from "../official-form";

export const metadata: Metadata = { title: "Tambah pejabat" };

export default async function NewOfficialPage() {
  const actor = await requireActor();
  requirePermission(actor.role, "masterdata:write");
  const posts = await guard(listJptPostOptions(actor));
  return (
    <>
      <PageHeader title="Tambah pejabat" />
      <OfficialForm action={createOfficialAction} posts={posts} />
    </>
  );
}
