import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { getRoundSetup } from "@/lib/server/round-setup/view";
import { saveOversightAction } from "../actions";

export const metadata: Metadata = { title: "Pengawasan" };

export default async function OversightSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const round = await guard(getRoundSetup(actor, id));
  const editable = can(actor.role, "round:manage") && (round.status === "DRAFT" || round.status === "SCORING");
  return (
    <Card title="Instansi pengawas">
      <p className="mb-4 max-w-3xl text-sm text-slate-600">
        KASN dibubarkan oleh UU 20/2023; pengawasan sistem merit kini oleh BKN (pertimbangan teknis) dan, bagi daerah, izin Kemendagri.
        Catat instansi dan apakah hasil seleksi memerlukan rekomendasi atau cukup dilaporkan.
      </p>
      <ActionForm action={saveOversightAction.bind(null, round.id)} className="grid max-w-3xl gap-4 sm:grid-cols-2">
            <TextField name="oversightBodyName" label="Nama instansi pengawas" required defaultValue={round.oversightBodyName} disabled={!editable} />
            <SelectField
              name="oversightMode"
              label="Mode pengawasan"
              defaultValue={round.oversightMode}
              options={[
                { value: "RECOMMENDATION", label: "Memerlukan rekomendasi" },
                { value: "REPORT_ONLY", label: "Cukup dilaporkan" },
              ]}
              disabled={!editable}
            />
            <TextField
              name="minApplicantsPerPost"
              label="Pelamar minimal per jabatan"
              inputMode="numeric"
              defaultValue={String(round.minApplicantsPerPost)}
              hint="Untuk seleksi terbuka; bawaan 4."
              disabled={!editable}
            />
            {editable ? <div className="sm:col-span-2"><SubmitButton>Simpan</SubmitButton></div> : null}
      </ActionForm>
    </Card>
  );
}
