"use client";

// Radar chart of a participant's competency levels against the post's standard (issue 6 item 2,
// "Results view"). Levels are on the PermenPANRB 38/2017 scale 1–5; the axis starts at 0 so a
// missing level is visibly empty rather than sitting on the inner ring.

import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from "recharts";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export type CompetencyRadarAxis = { label: string; standard: number; achieved: number | null };

const LEVEL = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
const formatLevel = (value: number | null) => (value === null ? "—" : LEVEL.format(value));

// Fits a laptop and a tablet column without scrolling; the width follows the container.
const CHART_HEIGHT = 340;
const LABEL_LINE = 14;

/** A competency name in lines of about LABEL_LINE characters, broken between words, so long
 * names ("Pengembangan Diri dan Orang Lain") stay inside a half-width card. */
function wrapLabel(label: string, width = LABEL_LINE): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type TickProps = { x?: number | string; y?: number | string; cy?: number; textAnchor?: "start" | "middle" | "end" | "inherit"; payload?: { value?: unknown } };

function AngleTick({ x = 0, y = 0, cy = 0, textAnchor = "middle", payload }: TickProps) {
  const lines = wrapLabel(String(payload?.value ?? ""));
  const top = Number(y) < cy - 1;
  // Labels above the centre grow upwards, the others downwards, so none runs into the grid.
  const firstDy = top ? `${-(lines.length - 1) * 1.1}em` : Number(y) > cy + 1 ? "0.8em" : "0.35em";
  return (
    <text x={x} y={y} textAnchor={textAnchor} fontSize={11} fill="#334155">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? firstDy : "1.1em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A level number on its ring, upright (recharts would turn it with the axis). */
function RadiusTick({ x = 0, y = 0, payload }: TickProps) {
  const value = Number(payload?.value);
  if (!value) return null;
  return (
    <text x={x} y={y} dx={4} dy={4} fontSize={11} fontWeight={600} fill="#0f172a">
      {value}
    </text>
  );
}

export function CompetencyRadar({ axes, title }: { axes: CompetencyRadarAxis[]; title: string }) {
  const measured = axes.filter((axis) => axis.achieved !== null).length;
  const description =
    `${title}: grafik radar level kompetensi, capaian terhadap standar jabatan, skala 0 sampai 5, ` +
    `${axes.length} kompetensi (${measured} terukur). Angka lengkap ada pada tabel di bawahnya.`;

  return (
    <figure data-testid="competency-radar" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="text-sm font-semibold text-slate-900">{title}</figcaption>
      {axes.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada data kompetensi.</p>
      ) : (
        <>
          {/* The label and the table speak for the chart; its SVG parts (legend icons) stay out of
              the accessibility tree so the figure exposes one image, not several. */}
          <div role="img" aria-label={description}>
            <div aria-hidden="true">
              <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
                <RadarChart data={axes} outerRadius="66%" margin={{ top: 16, right: 24, bottom: 8, left: 24 }} accessibilityLayer={false}>
                  <PolarGrid />
                  <PolarAngleAxis dataKey="label" tick={(props: TickProps) => <AngleTick {...props} />} />
                  <Radar name="Standar" dataKey="standard" stroke="#64748b" strokeDasharray="4 3" fill="#94a3b8" fillOpacity={0.15} isAnimationActive={false} />
                  <Radar name="Capaian" dataKey="achieved" stroke="#0369a1" fill="#0ea5e9" fillOpacity={0.35} isAnimationActive={false} />
                  {/* Level rings 1–5; the axis layer is drawn over the areas, so the numbers stay readable. */}
                  <PolarRadiusAxis
                    domain={[0, 5]}
                    tickCount={6}
                    // Between the first two spokes, so the numbers do not sit on a competency's label.
                    angle={90 - 180 / axes.length}
                    stroke="#475569"
                    tick={(props: TickProps) => <RadiusTick {...props} />}
                  />
                  <Tooltip formatter={(value) => formatLevel(typeof value === "number" ? value : null)} />
                  <Legend />
                </RadarChart>
              </ResponsiveContainer>
            </div>
          </div>
          <Table caption={`${title}: level kompetensi, capaian terhadap standar`}>
            <thead>
              <tr>
                <Th>Kompetensi</Th>
                <Th className="text-right">Standar</Th>
                <Th className="text-right">Capaian</Th>
              </tr>
            </thead>
            <tbody>
              {axes.map((axis) => {
                const below = axis.achieved !== null && axis.achieved < axis.standard;
                return (
                  <Tr key={axis.label}>
                    <th scope="row" className="px-3 py-2 text-left font-normal text-slate-800">{axis.label}</th>
                    <Td className="text-right tabular-nums">{formatLevel(axis.standard)}</Td>
                    <Td className={`text-right tabular-nums ${below ? "font-semibold text-amber-800" : ""}`}>
                      {formatLevel(axis.achieved)}
                      {below ? <span className="sr-only"> (di bawah standar)</span> : null}
                    </Td>
                  </Tr>
                );
              })}
            </tbody>
          </Table>
        </>
      )}
    </figure>
  );
}
