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

export type CompetencyRadarAxis = { label: string; standard: number; achieved: number | null };

const LEVEL = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
const formatLevel = (value: number | null) => (value === null ? "—" : LEVEL.format(value));

// Fits a laptop and a tablet column without scrolling; the width follows the container.
const CHART_HEIGHT = 320;

export function CompetencyRadar({ axes, title }: { axes: CompetencyRadarAxis[]; title: string }) {
  const measured = axes.filter((axis) => axis.achieved !== null).length;
  const description =
    `${title}: grafik radar level kompetensi, capaian terhadap standar jabatan, skala 0 sampai 5, ` +
    `${axes.length} kompetensi (${measured} terukur). Angka lengkap ada pada tabel yang menyertainya.`;

  return (
    <figure data-testid="competency-radar" className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 text-sm font-semibold text-slate-900">{title}</figcaption>
      {axes.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada data kompetensi.</p>
      ) : (
        // The label and the table speak for the chart; its SVG parts (legend icons) stay out of the
        // accessibility tree so the figure exposes one image, not several.
        <div role="img" aria-label={description}>
          <div aria-hidden="true">
            <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
              <RadarChart data={axes} outerRadius="70%" accessibilityLayer={false}>
                <PolarGrid />
                <PolarAngleAxis dataKey="label" tick={{ fontSize: 11, fill: "#334155" }} />
                <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fontSize: 10 }} />
                <Radar
                  name="Standar"
                  dataKey="standard"
                  stroke="#64748b"
                  strokeDasharray="4 3"
                  fill="#94a3b8"
                  fillOpacity={0.15}
                  isAnimationActive={false}
                />
                <Radar
                  name="Capaian"
                  dataKey="achieved"
                  stroke="#0369a1"
                  fill="#0ea5e9"
                  fillOpacity={0.35}
                  isAnimationActive={false}
                />
                <Tooltip formatter={(value) => formatLevel(typeof value === "number" ? value : null)} />
                <Legend />
              </RadarChart>
            </ResponsiveContainer>
          </div>
        </div>
      )}
      {axes.length > 0 ? (
        <table className="sr-only">
          <caption>{title}: level kompetensi per kompetensi</caption>
          <thead>
            <tr>
              <th scope="col">Kompetensi</th>
              <th scope="col">Standar</th>
              <th scope="col">Capaian</th>
            </tr>
          </thead>
          <tbody>
            {axes.map((axis) => (
              <tr key={axis.label}>
                <th scope="row">{axis.label}</th>
                <td>{formatLevel(axis.standard)}</td>
                <td>{formatLevel(axis.achieved)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}
