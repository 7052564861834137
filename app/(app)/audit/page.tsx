import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { parseListParams } from "@/lib/search-params";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/server/audit-log";

export const metadata: Metadata = { title: "Jejak Audit" };

const dateTime = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Jakarta" });

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { page } = parseListParams(await searchParams);
  const { total, events } = await guard(listAuditEvents(actor, { page }));
  return (
    <>
      <PageHeader title="Jejak Audit" description="Setiap perubahan data tercatat dan tidak dapat diubah atau dihapus." />
      {events.length === 0 ? (
        <EmptyState title="Belum ada catatan audit" />
      ) : (
        <>
          <Table caption="Catatan audit">
            <thead>
              <tr>
                <Th>Waktu</Th>
                <Th>Pelaku</Th>
                <Th>Tindakan</Th>
                <Th>Data</Th>
                <Th>Alasan</Th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <Tr key={e.id}>
                  <Td className="whitespace-nowrap">{dateTime.format(new Date(e.at))}</Td>
                  <Td>{e.actor}</Td>
                  <Td className="font-mono text-xs">{e.action}</Td>
                  <Td className="font-mono text-xs">{e.entity} {e.entityId}</Td>
                  <Td>{e.withheld ? <span className="text-slate-500">dirahasiakan (data hasil seleksi)</span> : e.reason ?? "—"}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pageSize={AUDIT_PAGE_SIZE} total={total} href={(p) => `/audit?page=${p}`} />
        </>
      )}
    </>
  );
}
