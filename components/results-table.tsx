import Link from "next/link";
import { formatScore } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { ParticipantResult } from "@/lib/domain/results";
import type { Weights } from "@/lib/domain/round-config";
import { COMPOSITE_COMPONENT_LABELS, COMPOSITE_COMPONENTS } from "@/lib/domain/scoring/composite";
import { JPM_CATEGORY_LABELS } from "@/lib/domain/scoring/jpm";


type Props = {
  rows: ParticipantResult[];
  weights: Weights;
  /** Builds the link that sorts by a column (toggling the direction when already sorted by it). */
  sortHref?: (key: string) => string;
  sortedBy?: { key: string; dir: "asc" | "desc" };
  detailHref?: (participantId: string) => string;
};

/** The ranking with every weighted component and its weight, readable on a laptop and a tablet
 * (the table scrolls sideways rather than squeezing). */
export function ResultsTable({ rows, weights, sortHref, sortedBy, detailHref }: Props) {
  const components = COMPOSITE_COMPONENTS.filter((c) => weights[c] > 0);
  const header = (key: string, label: string) => {
    const active = sortedBy?.key === key;
    const arrow = active ? (sortedBy!.dir === "asc" ? " ▲" : " ▼") : "";
    return (
      <Th key={key} aria-sort={active ? (sortedBy!.dir === "asc" ? "ascending" : "descending") : undefined}>
        {sortHref ? <Link href={sortHref(key)} className="hover:underline">{label}{arrow}</Link> : label}
      </Th>
    );
  };
  return (
    <Table caption="Peringkat hasil seleksi">
      <thead>
        <tr>
          {header("rank", "Peringkat")}
          {header("name", "Peserta")}
          <Th>Jabatan / OPD</Th>
          {header("jpm", "JPM")}
          {components.map((c) => header(c, `${COMPOSITE_COMPONENT_LABELS[c]} (${weights[c]}%)`))}
          {header("composite", "Nilai akhir")}
          <Th>Nine-box</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td className="font-semibold">{r.rank ?? "—"}</Td>
            <Td className="font-medium">
              {detailHref ? <Link href={detailHref(r.id)} className="text-sky-800 hover:underline">{r.name}</Link> : r.name}
              <span className="block font-mono text-xs text-slate-500">{r.nip}</span>
            </Td>
            <Td className="text-xs">{r.postTitle ?? "—"}<span className="block text-slate-500">{r.orgUnit ?? ""}</span></Td>
            <Td className="whitespace-nowrap">
              {formatScore(r.jpmRounded)}
              {r.jpmCategory ? <span className="block text-xs text-slate-600">{JPM_CATEGORY_LABELS[r.jpmCategory]}</span> : null}
            </Td>
            {components.map((c) => <Td key={c}>{formatScore(r.components[c])}</Td>)}
            <Td className="font-semibold">{formatScore(r.compositeRounded)}</Td>
            <Td>{r.nineBox === null ? "—" : <Badge tone={r.isSuccessionPool ? "success" : "neutral"}>Kotak {r.nineBox}</Badge>}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
