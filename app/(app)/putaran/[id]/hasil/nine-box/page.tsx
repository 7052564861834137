import type { Metadata } from "next";
import { NineBoxGrid } from "@/components/charts/nine-box-grid";
import { SnapshotVersionBanner } from "@/components/snapshot-version-banner";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { parseVersion, versionQuery } from "@/lib/results-query";
import { getResults } from "@/lib/server/results/view";

export const metadata: Metadata = { title: "Nine-box" };

export default async function NineBoxPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ versi?: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { versi } = await searchParams;
  const results = await guard(getResults(actor, id, {}, parseVersion(versi)));
  if (!results.snapshot) return <EmptyState title="Hasil belum final" />;
  const suffix = versionQuery(versi);
  return (
    <div className="space-y-4">
      <SnapshotVersionBanner number={results.snapshot.number} latest={results.latestNumber} latestHref={`/putaran/${id}/hasil/nine-box`} />
      <Card title={`Peta talenta (nine-box), snapshot ${results.snapshot.number}`}>
        <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
          <p className="text-sm text-slate-600">Kinerja dari nilai kinerja (di bawah 60 / 60–&lt;80 / ≥ 80), potensial dari JPM (di bawah 78 / 78–&lt;90 / ≥ 90) — PermenPANRB 3/2020. Kotak 7–9 masuk kelompok rencana suksesi.</p>
          <LinkButton href={`/putaran/${id}/hasil${suffix}`}>Kembali ke peringkat</LinkButton>
        </div>
        <NineBoxGrid people={results.all.map((r) => ({ id: r.id, name: r.name, box: r.nineBox, href: `/putaran/${id}/hasil/${r.id}${suffix}` }))} />
      </Card>
    </div>
  );
}
