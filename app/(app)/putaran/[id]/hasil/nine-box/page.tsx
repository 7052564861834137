import type { Metadata } from "next";
import { NineBoxGrid } from "@/components/charts/nine-box-grid";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { getResults } from "@/lib/server/results/view";

export const metadata: Metadata = { title: "Nine-box" };

export default async function NineBoxPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const results = await guard(getResults(actor, id));
  if (!results.snapshot) return <EmptyState title="Hasil belum final" />;
  return (
    <Card title={`Peta talenta (nine-box), snapshot ${results.snapshot.number}`}>
      <p className="mb-4 text-sm text-slate-600">Kinerja dari nilai kinerja (di bawah 60 / 60–&lt;80 / ≥ 80), potensial dari JPM (di bawah 78 / 78–&lt;90 / ≥ 90) — PermenPANRB 3/2020. Kotak 7–9 masuk kelompok rencana suksesi.</p>
      <NineBoxGrid people={results.all.map((r) => ({ id: r.id, name: r.name, box: r.nineBox, href: `/putaran/${id}/hasil/${r.id}` }))} />
    </Card>
  );
}
