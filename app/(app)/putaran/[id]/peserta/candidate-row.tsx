"use client";

import { ActionForm } from "@/components/action-form";
import { Badge } from "@/components/ui/badge";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Td, Tr } from "@/components/ui/table";
import { TENURE_STATUS_LABELS } from "@/lib/domain/eligibility";
import type { FormState } from "@/lib/form-state";
import type { RoundSetup } from "@/lib/server/round-setup/view";

type Props = {
  candidate: RoundSetup["candidates"][number];
  posts: RoundSetup["positions"];
  openSelection: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** One person who could take part: eligible ones are added with one click; an ineligible one
 * only with a written override reason. */
export function CandidateRow({ candidate, posts, openSelection, action }: Props) {
  const formId = `kandidat-${candidate.officialId}`;
  return (
    <Tr>
      <Td className="font-medium">
        {candidate.name}
        <span className="block font-mono text-xs text-slate-500">{candidate.nip}</span>
      </Td>
      <Td>{candidate.post ?? "—"}</Td>
      <Td>
        {candidate.eligible ? <Badge tone="success">Memenuhi syarat</Badge> : <Badge tone="danger">Tidak memenuhi syarat</Badge>}
        {candidate.tenure === "OVERDUE" ? <span className="mt-1 block text-xs text-amber-800">{TENURE_STATUS_LABELS.OVERDUE}</span> : null}
        {candidate.reasonLabels.length > 0 ? (
          <ul className="mt-1 list-disc pl-4 text-xs text-red-800" data-testid={`alasan-${candidate.nip}`}>
            {candidate.reasonLabels.map((label) => <li key={label}>{label}</li>)}
          </ul>
        ) : null}
      </Td>
      <Td className="min-w-72">
        <ActionForm action={action} className="space-y-2" aria-label={`Tambahkan ${candidate.name}`}>
          {(state) => (
            <>
              <input type="hidden" name="officialId" value={candidate.officialId} />
              {openSelection ? (
                <SelectField
                  id={`${formId}-post`}
                  name="roundPositionId"
                  label="Jabatan yang dilamar"
                  placeholder="— pilih —"
                  options={posts.map((p) => ({ value: p.id, label: p.title }))}
                />
              ) : (
                <input type="hidden" name="roundPositionId" value={candidate.roundPositionId ?? ""} />
              )}
              {candidate.eligible ? null : (
                <TextAreaField
                  id={`${formId}-reason`}
                  name="overrideReason"
                  label={`Alasan pengecualian untuk ${candidate.name}`}
                  rows={2}
                  placeholder="Misalnya: persetujuan tertulis Mendagri nomor …"
                />
              )}
              {state.fieldErrors?.officialId ? <p className="text-xs text-red-700">{state.fieldErrors.officialId.join(" ")}</p> : null}
              <SubmitButton size="sm" variant={candidate.eligible ? "primary" : "secondary"}>
                {candidate.eligible ? "Tambahkan" : "Tambahkan dengan pengecualian"}
              </SubmitButton>
            </>
          )}
        </ActionForm>
      </Td>
    </Tr>
  );
}
