"use client";

import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import { Checkbox } from "@/components/ui/choice";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormEcho } from "@/components/ui/form-context";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";
import { MIN_TENURE_EXCEPTION_REASON, MOVE_KIND_LABELS } from "@/lib/schemas/proposal";
import type { ProposalView } from "@/lib/server/proposals/view";

type Row = ProposalView["rows"][number];
type Posts = { jptPosts: ProposalView["jptPosts"]; administratorPosts: ProposalView["administratorPosts"] };
type Props = Posts & { row: Row; action: (s: FormState, f: FormData) => Promise<FormState> };

/** One participant's proposed move: stay, rotate to a JPT post, or move down to an echelon-III post.
 * "Suggest" rewrites the saved moves from another form, hence the sync key. */
export function MoveEditor({ row, jptPosts, administratorPosts, action }: Props) {
  return (
    <ActionForm action={action} syncKey={JSON.stringify(row.move)} className="space-y-2" aria-label={`Usulan untuk ${row.name}`}>
      <MoveFields row={row} jptPosts={jptPosts} administratorPosts={administratorPosts} />
    </ActionForm>
  );
}

function MoveFields({ row, jptPosts, administratorPosts }: Posts & { row: Row }) {
  const echo = useFormEcho();
  const [kind, setKind] = useState(() => echo.value("kind", row.move?.kind ?? "STAY"));
  const id = (name: string) => `${name}-${row.participantId}`;
  return (
    <>
      <input type="hidden" name="participantId" value={row.participantId} />
      <SelectField
        id={id("kind")}
        name="kind"
        label="Usulan"
        defaultValue={kind}
        onChange={(e) => setKind(e.target.value)}
        options={(["STAY", "ROTATE", "MOVE_DOWN"] as const).map((k) => ({ value: k, label: MOVE_KIND_LABELS[k] }))}
      />
      {kind === "ROTATE" ? (
        <SelectField
          id={id("target")}
          name="targetPositionId"
          label="Jabatan tujuan"
          defaultValue={row.move?.kind === "ROTATE" ? (row.move.targetPositionId ?? "") : ""}
          placeholder="— pilih —"
          options={jptPosts.filter((p) => p.id !== row.currentPostId).map((p) => ({ value: p.id, label: p.title }))}
        />
      ) : null}
      {kind === "MOVE_DOWN" ? (
        <>
          <SelectField
            id={id("down")}
            name="targetPositionId"
            label="Jabatan administrator tujuan"
            defaultValue={row.move?.kind === "MOVE_DOWN" ? (row.move.targetPositionId ?? "") : ""}
            placeholder="— jabatan lain (tulis di bawah) —"
            options={administratorPosts.map((p) => ({ value: p.id, label: p.title }))}
          />
          <TextField id={id("title")} name="targetTitle" label="Atau nama jabatan eselon III" defaultValue={row.move?.targetTitle ?? ""} />
        </>
      ) : null}
      {kind !== "STAY" && row.tenureLocked ? (
        <TextAreaField id={id("exception")} name="tenureExceptionReason" label="Alasan pengecualian masa jabatan" rows={2} defaultValue={row.move?.tenureExceptionReason ?? ""} hint={`Belum 2 tahun dalam jabatan (UU 5/2014 Pasal 116). Paling sedikit ${MIN_TENURE_EXCEPTION_REASON} karakter.`} />
      ) : null}
      <TextAreaField id={id("rationale")} name="rationale" label="Pertimbangan" rows={2} required defaultValue={row.move?.rationale ?? ""} />
      <label className="flex items-center gap-2 text-sm">
        <Checkbox name="locked" defaultChecked={row.move?.locked ?? false} /> Kunci (saran otomatis tidak mengubahnya)
      </label>
      <SubmitButton size="sm" variant="secondary">Simpan usulan</SubmitButton>
    </>
  );
}
