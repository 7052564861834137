import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { PageHeader } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/page-guard";
import { ROUND_TYPE_LABELS } from "@/lib/labels";
import { createRoundAction } from "../actions";

export const metadata: Metadata = { title: "Buat putaran" };

export default async function NewRoundPage() {
  const actor = await requireActor();
  requirePermission(actor.role, "round:manage");
  return (
    <>
      <PageHeader title="Buat putaran seleksi" description="Langkah berikutnya: jabatan, peserta, pansel, bobot dan rubrik, pengawasan. Setiap langkah tersimpan sendiri." />
      <ActionForm action={createRoundAction} className="max-w-xl space-y-4">
            <SelectField
              name="type"
              label="Jenis putaran"
              required
              defaultValue={"JOB_FIT"}
              options={Object.entries(ROUND_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
            />
            <TextField name="name" label="Nama putaran" required placeholder="Uji Kompetensi JPT Pratama 2027" />
            <TextField name="referenceDate" label="Tanggal acuan" type="date" required hint="Kelayakan peserta dihitung pada tanggal ini." />
            <SubmitButton>Buat putaran</SubmitButton>
      </ActionForm>
    </>
  );
}
