import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { POSITION_GRADE_LABELS } from "@/lib/labels";
import type { PositionRow } from "@/lib/server/positions";

/** The posts of one OPD with their incumbents: on the posts overview and on the OPD's own page. */
export function PositionsTable({ caption, positions }: { caption: string; positions: PositionRow[] }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Jabatan</Th>
          <Th>Jenjang</Th>
          <Th>Pemangku</Th>
          <Th>Atasan langsung</Th>
          <Th>Standar kompetensi</Th>
        </tr>
      </thead>
      <tbody>
        {positions.map((p) => (
          <Tr key={p.id}>
            <Td className="font-medium"><Link className="text-sky-800 hover:underline" href={`/jabatan/${p.id}`}>{p.title}</Link></Td>
            <Td>{POSITION_GRADE_LABELS[p.grade]}</Td>
            <Td>{p.incumbent ?? (p.acting ? <>Plt. {p.acting}</> : <Badge tone="warning">Lowong</Badge>)}</Td>
            <Td>{p.superior ?? "—"}</Td>
            <Td>{p.standardCount} kompetensi</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
