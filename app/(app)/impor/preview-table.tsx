"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { ROW_STATUS_LABELS, type ImportPreview, type RowStatus } from "@/lib/server/imports/types";

const TONES = { NEW: "info", CHANGED: "warning", UNCHANGED: "neutral", ERROR: "danger" } as const;
const STATUSES: RowStatus[] = ["ERROR", "NEW", "CHANGED", "UNCHANGED"];
// A tablet stays responsive with a few hundred table rows; the filter reaches the rest.
const SHOWN = 200;

export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const [filter, setFilter] = useState<RowStatus | "ALL">(preview.counts.ERROR > 0 ? "ERROR" : "ALL");
  const issues = preview.rows.flatMap((row) => row.issues);
  const rows = preview.rows.filter((row) => filter === "ALL" || row.status === filter);
  return (
    <div className="space-y-4">
      <Card title={`Pratinjau ${preview.fileName}`}>
        <p className="flex flex-wrap gap-2" aria-label="Ringkasan pratinjau">
          {STATUSES.map((status) => (
            <Badge key={status} tone={TONES[status]}>
              {preview.counts[status]} {ROW_STATUS_LABELS[status]}
            </Badge>
          ))}
        </p>
        {preview.ignoredColumns.length > 0 ? (
          <p className="mt-2 text-sm text-slate-600">Kolom tidak diimpor: {preview.ignoredColumns.join(", ")}.</p>
        ) : null}
      </Card>
      {issues.length > 0 ? (
        <Card title="Baris bermasalah">
          <Table caption="Baris bermasalah">
            <thead>
              <tr>
                <Th>Baris</Th>
                <Th>Kolom</Th>
                <Th>Alasan</Th>
              </tr>
            </thead>
            <tbody>
              {issues.slice(0, 500).map((issue, index) => (
                <Tr key={`${issue.row}-${issue.column}-${index}`}>
                  <Td className="tabular-nums">{issue.row}</Td>
                  <Td>{issue.column}</Td>
                  <Td>{issue.message}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          {issues.length > 500 ? <p className="mt-2 text-sm text-slate-600">Menampilkan 500 dari {issues.length} masalah.</p> : null}
        </Card>
      ) : null}
      <Card title="Baris berkas">
        <div className="mb-3 max-w-xs">
          <SelectField
            name="saring"
            label="Tampilkan"
            value={filter}
            onChange={(event) => setFilter(event.target.value as RowStatus | "ALL")}
            options={[{ value: "ALL", label: `Semua (${preview.rows.length})` }, ...STATUSES.map((s) => ({ value: s, label: `${ROW_STATUS_LABELS[s]} (${preview.counts[s]})` }))]}
          />
        </div>
        <Table caption="Baris berkas dan statusnya">
          <thead>
            <tr>
              <Th>Baris</Th>
              <Th>NIP</Th>
              <Th>Nama</Th>
              <Th>Status</Th>
              <Th>Keterangan</Th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((row) => (
              <Tr key={row.row}>
                <Td className="tabular-nums">{row.row}</Td>
                <Td className="font-mono text-xs">{row.key || "—"}</Td>
                <Td>{row.label || "—"}</Td>
                <Td className="whitespace-nowrap"><Badge tone={TONES[row.status]}>{ROW_STATUS_LABELS[row.status]}</Badge></Td>
                <Td className="text-slate-600">
                  {row.status === "ERROR"
                    ? row.issues.map((issue) => `${issue.column}: ${issue.message}`).join(" ")
                    : row.changed.length > 0
                      ? `Berubah: ${row.changed.join(", ")}`
                      : ""}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
        {rows.length > SHOWN ? <p className="mt-2 text-sm text-slate-600">Menampilkan {SHOWN} dari {rows.length} baris; gunakan pilihan Tampilkan untuk menyaring.</p> : null}
      </Card>
    </div>
  );
}
