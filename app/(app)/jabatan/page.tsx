import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { POSITION_GRADE_LABELS } from "@/lib/labels";
import { listOrgUnitsWithPositions } from "@/lib/server/positions";

export const metadata: Metadata = { title: "OPD & Jabatan" };

export default async function PositionsPage() {
  const actor = await requireActor();
  const units = await listOrgUnitsWithPositions(actor);
  if (units.length === 0) return <EmptyState title="Belum ada OPD" />;
  return (
    <>
      <PageHeader title="OPD & Jabatan" description="Perangkat daerah dan jabatan pimpinan tinggi beserta pemangkunya." />
      <div className="space-y-4">
        {units.map((unit) => (
          <Card key={unit.id} title={unit.shortName ? `${unit.name} (${unit.shortName})` : unit.name}>
            <Table caption={`Jabatan di ${unit.name}`}>
              <thead>
                <tr>
                  <Th>Jabatan</Th>
                  <Th>Jenjang</Th>
                  <Th>Pemangku</Th>
                  <Th>Standar kompetensi</Th>
                </tr>
              </thead>
              <tbody>
                {unit.positions.map((p) => (
                  <Tr key={p.id}>
                    <Td className="font-medium">{p.title}</Td>
                    <Td>{POSITION_GRADE_LABELS[p.grade]}</Td>
                    <Td>
                      {p.incumbent ?? (p.acting ? <>Plt. {p.acting}</> : <Badge tone="warning">Lowong</Badge>)}
                    </Td>
                    <Td>{p.standardCount} kompetensi</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          </Card>
        ))}
      </div>
    </>
  );
}
