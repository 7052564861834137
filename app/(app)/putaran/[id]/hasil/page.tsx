import type { Metadata } from "next";
import { formatDateTime, formatScore } from "@/lib/format";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { FinaliseCard } from "@/components/finalise-card";
import { ResultsRanking } from "@/components/results-ranking";
import { SnapshotVersionBanner } from "@/components/snapshot-version-banner";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { parseResultsQuery, versionQuery, type ResultsQuery } from "@/lib/results-query";
import { getResults } from "@/lib/server/results/view";
import { correctAction, finaliseAction } from "./actions";

export const metadata: Metadata = { title: "Hasil seleksi" };

export default async function ResultsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<ResultsQuery> }) {
  const actor = await requireActor();
  const { id } = await params;
  const query = await searchParams;
  const { filters, sort, dir, page, version } = parseResultsQuery(query);
  const results = await guard(getResults(actor, id, filters, version));
  const finaliser = can(actor.role, "results:finalise") || results.isChair;

  if (!results.snapshot) {
    return <FinaliseCard status={results.round.status} blockers={results.blockers} withheld={results.withheld} finalise={finaliser ? finaliseAction.bind(null, id) : undefined} />;
  }

  const snapshot = results.snapshot;
  const versi = versionQuery(query.versi);
  // A post with one candidate (every post of a job fit, where each incumbent is tested on their own
  // post) has no top 3 to weigh; listing hundreds of them would bury the posts that have.
  const contested = results.topByPost.filter((post) => post.withheld || post.top.length > 1);
  return (
    <div className="space-y-6">
      <SnapshotVersionBanner number={snapshot.number} latest={results.latestNumber} latestHref={`/putaran/${id}/hasil`} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" data-testid="snapshot-info">
          Versi hasil {snapshot.number} · {formatDateTime(snapshot.createdAt)} · oleh {snapshot.createdBy}
          {snapshot.reason ? ` · koreksi: ${snapshot.reason}` : ""} · bobot dan rubrik versi {snapshot.configVersion}
        </p>
        <div className="flex gap-2">
          <LinkButton href={`/putaran/${id}/hasil/nine-box${versi}`}>Nine-box</LinkButton>
          <LinkButton href={`/putaran/${id}/usulan`} variant="primary">Usulan rotasi</LinkButton>
        </div>
      </div>
      <ResultsRanking
        rows={results.rows}
        total={results.total}
        weights={snapshot.weights}
        options={results.options!}
        query={query}
        view={{ sort, dir, page }}
        detailHref={(pid) => `/putaran/${id}/hasil/${pid}${versi}`}
        rankAmongVisible={results.rankAmongVisible}
      />
      {contested.length > 0 ? (
        <Card title="Tiga teratas per jabatan">
          <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
            {contested.map((post) => (
              <li key={post.postId} className="rounded-md border border-slate-200 p-3 text-sm">
                <p className="font-medium text-slate-900">{post.title}</p>
                {post.withheld ? (
                  <p className="mt-1 text-slate-600">Tidak ditampilkan: Anda menyatakan konflik kepentingan dengan peserta pada jabatan ini.</p>
                ) : (
                  <ol className="mt-1 list-decimal pl-5">
                    {post.top.map((r) => <li key={r.id}>{r.name} — {formatScore(r.compositeRounded)}</li>)}
                  </ol>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title="Riwayat versi hasil">
        <ul className="space-y-1 text-sm">
          {results.history.map((h) => (
            <li key={h.number}>
              <Link href={`?versi=${h.number}`} className="text-sky-800 hover:underline">Versi hasil {h.number}</Link> — {formatDateTime(h.createdAt)}, {h.createdBy}
              {h.reason ? ` — ${h.reason}` : " — finalisasi"}
            </li>
          ))}
        </ul>
        {finaliser && results.round.status === "FINALISED" ? (
          <ActionForm action={correctAction.bind(null, id)} className="mt-4 max-w-xl space-y-2">
            <TextAreaField name="reason" label="Alasan koreksi" hint="Koreksi menghitung ulang dari data terkini dan menyimpan versi hasil baru; versi lama tetap dapat dibaca." />
            <SubmitButton variant="secondary">Simpan koreksi sebagai versi hasil baru</SubmitButton>
          </ActionForm>
        ) : null}
      </Card>
    </div>
  );
}
