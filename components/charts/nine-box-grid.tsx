// The PermenPANRB 3/2020 talent map (nine-box) of a round's participants (issue 6 item 2). No
// hooks, so it renders on the server. Box numbers come from `nineBox` so the layout cannot
// disagree with the rule; the table's row and column headers make each cell's axes readable.

import Link from "next/link";
import {
  isSuccessionPoolBox,
  nineBox,
  PERFORMANCE_BAND_LABELS,
  POTENTIAL_BAND_LABELS,
  type NineBoxNumber,
  type PerformanceBand,
  type PotentialBand,
} from "@/lib/domain/nine-box";

export type NineBoxPerson = { id: string; name: string; box: number | null; href?: string };

// Potential HIGH on top, performance BELOW on the left, as the regulation's grid is drawn.
const POTENTIAL_ROWS: PotentialBand[] = ["HIGH", "MEDIUM", "LOW"];
const PERFORMANCE_COLUMNS: PerformanceBand[] = ["BELOW", "MEETS", "ABOVE"];

function caption(performance: PerformanceBand, potential: PotentialBand): string {
  return `Kinerja ${PERFORMANCE_BAND_LABELS[performance].toLowerCase()}, potensial ${POTENTIAL_BAND_LABELS[potential].toLowerCase()}`;
}

function PersonName({ person }: { person: NineBoxPerson }) {
  if (!person.href) return <>{person.name}</>;
  return (
    <Link href={person.href} className="text-sky-800 underline-offset-2 hover:underline">
      {person.name}
    </Link>
  );
}

function BoxCell({ box, performance, potential, people }: {
  box: NineBoxNumber;
  performance: PerformanceBand;
  potential: PotentialBand;
  people: NineBoxPerson[];
}) {
  const pool = isSuccessionPoolBox(box);
  return (
    <td
      data-box={box}
      className={`h-36 w-1/3 min-w-44 border p-2 align-top ${pool ? "border-emerald-300 bg-emerald-50" : "border-slate-200 bg-white"}`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-base font-semibold text-slate-900">Kotak {box}</span>
        <span className="text-xs text-slate-600">{people.length} orang</span>
      </div>
      <p className="text-xs text-slate-600">{caption(performance, potential)}</p>
      {pool ? <p className="mt-1 text-xs font-medium text-emerald-800">Kelompok rencana suksesi</p> : null}
      {people.length > 0 ? (
        <ul className="mt-2 space-y-0.5 text-sm text-slate-800">
          {people.map((person) => (
            <li key={person.id}>
              <PersonName person={person} />
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
}

/**
 * Nine-box grid (PermenPANRB 3/2020 manajemen talenta): rows potential Tinggi → Rendah, columns
 * performance Di bawah → Di atas ekspektasi; boxes 7–9 (succession pool) highlighted; people
 * without a box listed below the grid.
 */
export function NineBoxGrid({ people }: { people: NineBoxPerson[] }) {
  const byBox = new Map<number, NineBoxPerson[]>();
  const unmapped: NineBoxPerson[] = [];
  for (const person of people) {
    if (person.box !== null && Number.isInteger(person.box) && person.box >= 1 && person.box <= 9) {
      byBox.set(person.box, [...(byBox.get(person.box) ?? []), person]);
    } else unmapped.push(person);
  }

  return (
    <figure data-testid="nine-box-grid" className="space-y-3">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] table-fixed border-collapse text-left">
          <caption className="mb-2 text-left text-sm text-slate-700">
            Peta talenta sembilan kotak (PermenPANRB 3/2020): kinerja × potensial. Kotak 7–9 masuk kelompok rencana
            suksesi.
          </caption>
          <thead>
            <tr>
              <td className="w-28" />
              <th scope="colgroup" colSpan={3} className="pb-1 text-center text-sm font-semibold text-slate-900">
                Kinerja
              </th>
            </tr>
            <tr>
              <th scope="col" className="w-28 pb-1 text-sm font-semibold text-slate-900">
                Potensial
              </th>
              {PERFORMANCE_COLUMNS.map((performance) => (
                <th key={performance} scope="col" className="pb-1 text-center text-xs font-medium text-slate-700">
                  <span className="sr-only">Kinerja </span>
                  {PERFORMANCE_BAND_LABELS[performance]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {POTENTIAL_ROWS.map((potential) => (
              <tr key={potential}>
                <th scope="row" className="pr-2 text-xs font-medium text-slate-700">
                  <span className="sr-only">Potensial </span>
                  {POTENTIAL_BAND_LABELS[potential]}
                </th>
                {PERFORMANCE_COLUMNS.map((performance) => {
                  const box = nineBox(performance, potential);
                  return (
                    <BoxCell key={box} box={box} performance={performance} potential={potential} people={byBox.get(box) ?? []} />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unmapped.length > 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-3">
          <p className="text-sm font-medium text-slate-800">
            Belum dapat dipetakan ({unmapped.length} orang): data kinerja atau potensial belum lengkap
          </p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
            {unmapped.map((person) => (
              <li key={person.id}>
                <PersonName person={person} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </figure>
  );
}
