import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { auditActionLabel, auditEntityLabel, payloadName } from "@/lib/audit-labels";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { parseListParams } from "@/lib/search-params";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/server/audit-log";
import { auditEntityNames } from "@/lib/server/audit-names";

export const metadata: Metadata = { title: "Jejak Audit" };

const dateTime = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Jakarta" });

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { page } = parseListParams(await searchParams);
  const { total, events } = await guard(listAuditEvents(actor, { page }));
  const names = await guard(auditEntityNames(actor, events));
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
                  <Td>{auditActionLabel(e.action)}</Td>
                  <Td>
                    <EntityName entity={e.entity} name={names.get(`${e.entity}:${e.entityId}`) ?? payloadName(e.after, e.before)} entityId={e.entityId} />
                  </Td>
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

/** The record acted on by kind and name; the id only when no name is known (a removed record). */
function EntityName({ entity, name, entityId }: { entity: string; name: string | null; entityId: string }) {
  return (
    <>
      <span className="text-slate-600">{auditEntityLabel(entity)}</span>
      {name ? <span className="block font-medium">{name}</span> : <span className="block font-mono text-xs text-slate-500">{entityId}</span>}
    </>
  );
}
