import type { Metadata } from "next";
import { formatDateTime, formatScore } from "@/lib/format";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { FinaliseCard } from "@/components/finalise-card";
import { ResultsTable } from "@/components/results-table";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/field";
import { SearchForm } from "@/components/ui/search-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { JPM_CATEGORY_LABELS } from "@/lib/domain/scoring/jpm";
import { guard } from "@/lib/page-guard";
import { RESULTS_PAGE_SIZE } from "@/lib/paging";
import { getResults, SORT_KEYS, type SortKey } from "@/lib/server/results/view";
import { Pagination } from "@/components/ui/pagination";
import { correctAction, finaliseAction } from "./actions";

export const metadata: Metadata = { title: "Hasil seleksi" };

type Params = Record<string, string | undefined>;

export default async function ResultsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Params> }) {
  const actor = await requireActor();
  const { id } = await params;
  const query = await searchParams;
  const sort = (SORT_KEYS as readonly string[]).includes(query.urut ?? "") ? (query.urut as SortKey) : "rank";
  const defaultDir = (key: string): "asc" | "desc" => (key === "rank" || key === "name" ? "asc" : "desc");
  const dir: "asc" | "desc" = query.arah === "desc" || query.arah === "asc" ? query.arah : defaultDir(sort);
  const page = Math.max(1, Number(query.halaman) || 1);
  const filters = { post: query.jabatan, orgUnit: query.opd, category: query.kategori, box: query.kotak, sort, dir, page };
  const results = await guard(getResults(actor, id, filters, query.versi ? Number(query.versi) : undefined));
  const finaliser = can(actor.role, "results:finalise") || results.isChair;

  if (!results.snapshot) {
    return <FinaliseCard status={results.round.status} blockers={results.blockers} finalise={finaliser ? finaliseAction.bind(null, id) : undefined} />;
  }

  const snapshot = results.snapshot;
  const base = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined) as [string, string][]);
  const sortHref = (key: string) => {
    const next = new URLSearchParams(base);
    next.set("urut", key);
    next.set("arah", sort === key ? (dir === "asc" ? "desc" : "asc") : defaultDir(key));
    next.delete("halaman");
    return `?${next}`;
  };
  const pageHref = (p: number) => {
    const next = new URLSearchParams(base);
    next.set("halaman", String(p));
    return `?${next}`;
  };
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" data-testid="snapshot-info">
          Snapshot {snapshot.number} · {formatDateTime(snapshot.createdAt)} · oleh {snapshot.createdBy}
          {snapshot.reason ? ` · koreksi: ${snapshot.reason}` : ""} · bobot dan rubrik versi {snapshot.data.configVersion}
        </p>
        <div className="flex gap-2">
          <LinkButton href={`/putaran/${id}/hasil/nine-box`}>Nine-box</LinkButton>
          <LinkButton href={`/putaran/${id}/usulan`} variant="primary">Usulan rotasi</LinkButton>
        </div>
      </div>
      <SearchForm
        search={false}
        filters={[
          { name: "jabatan", label: "Jabatan", value: query.jabatan ?? "", options: [{ value: "", label: "Semua" }, ...results.options!.posts] },
          { name: "opd", label: "OPD", value: query.opd ?? "", options: [{ value: "", label: "Semua" }, ...results.options!.orgUnits] },
          { name: "kategori", label: "Kategori JPM", value: query.kategori ?? "", options: [{ value: "", label: "Semua" }, ...results.options!.categories.map((c) => ({ value: c, label: JPM_CATEGORY_LABELS[c] }))] },
          { name: "kotak", label: "Nine-box", value: query.kotak ?? "", options: [{ value: "", label: "Semua" }, ...results.options!.boxes.map((b) => ({ value: String(b), label: `Kotak ${b}` }))] },
        ]}
      />
      <ResultsTable
        rows={results.rows}
        weights={snapshot.data.weights}
        sortHref={sortHref}
        sortedBy={{ key: sort, dir }}
        detailHref={(pid) => `/putaran/${id}/hasil/${pid}${query.versi ? `?versi=${query.versi}` : ""}`}
      />
      <Pagination page={page} pageSize={RESULTS_PAGE_SIZE} total={results.total} href={pageHref} />
      <Card title="Tiga teratas per jabatan (jabatan pada halaman ini)">
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {results.topByPost.map((post) => (
            <li key={post.postId} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="font-medium text-slate-900">{post.title}</p>
              <ol className="mt-1 list-decimal pl-5">
                {post.top.map((r) => <li key={r.id}>{r.name} — {formatScore(r.compositeRounded)}</li>)}
              </ol>
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Riwayat snapshot">
        <ul className="space-y-1 text-sm">
          {results.history.map((h) => (
            <li key={h.number}>
              <Link href={`?versi=${h.number}`} className="text-sky-800 hover:underline">Snapshot {h.number}</Link> — {formatDateTime(h.createdAt)}, {h.createdBy}
              {h.reason ? ` — ${h.reason}` : " — finalisasi"}
            </li>
          ))}
        </ul>
        {finaliser && results.round.status === "FINALISED" ? (
          <ActionForm action={correctAction.bind(null, id)} className="mt-4 max-w-xl space-y-2">
            <TextAreaField name="reason" label="Alasan koreksi" hint="Koreksi menghitung ulang dari data terkini dan menyimpan snapshot baru; snapshot lama tetap dapat dibaca." />
            <SubmitButton variant="secondary">Simpan koreksi sebagai snapshot baru</SubmitButton>
          </ActionForm>
        ) : null}
      </Card>
    </div>
  );
}
