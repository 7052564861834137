import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { pendingActions } from "@/lib/server/dashboard";

export const metadata: Metadata = { title: "Beranda" };

export default async function DashboardPage() {
  const actor = await requireActor();
  const items = await guard(pendingActions(actor));
  const waiting = items.filter((item) => item.count > 0).length;
  return (
    <>
      <PageHeader title={`Selamat datang, ${actor.name}`} description={`Beranda ${ROLE_LABELS[actor.role]}`} />
      <section aria-labelledby="perlu-tindakan">
        <h2 id="perlu-tindakan" className="mb-3 text-lg font-semibold text-slate-900">Perlu tindakan Anda</h2>
        {waiting === 0 ? <p className="mb-3 text-sm text-slate-600">Tidak ada yang menunggu tindakan Anda saat ini.</p> : null}
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
          {items.map((item) => (
            <li key={item.key}>
              <Link
                href={item.href}
                data-testid={`pending-${item.key}`}
                className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-sky-400 focus-visible:outline-2 focus-visible:outline-sky-600"
              >
                <span className={`block text-3xl font-semibold ${item.count > 0 ? "text-sky-800" : "text-slate-400"}`}>{item.count}</span>
                <span className="mt-1 block text-sm text-slate-700">{item.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
