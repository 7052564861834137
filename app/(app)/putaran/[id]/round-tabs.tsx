"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const STEPS = [
  { path: "", label: "1. Ringkasan" },
  { path: "/jabatan", label: "2. Jabatan" },
  { path: "/peserta", label: "3. Peserta" },
  { path: "/pansel", label: "4. Pansel" },
  { path: "/bobot", label: "5. Bobot & rubrik" },
  { path: "/pengawasan", label: "6. Pengawasan" },
  { path: "/progres", label: "Progres" },
  { path: "/hasil", label: "Hasil" },
  { path: "/usulan", label: "Usulan rotasi" },
];

/** The round's set-up steps; each saves on its own, so the flow can be left and resumed. */
export function RoundTabs({ roundId }: { roundId: string }) {
  const pathname = usePathname();
  const base = `/putaran/${roundId}`;
  return (
    // Wraps onto a second line on a tablet rather than hiding the later steps off-screen.
    <nav aria-label="Langkah putaran" className="mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-1">
        {STEPS.map((step) => {
          const href = `${base}${step.path}`;
          const active = step.path === "" ? pathname === base : pathname.startsWith(href);
          return (
            <li key={step.path}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`block border-b-2 px-3 py-2 text-sm whitespace-nowrap ${active ? "border-sky-700 font-semibold text-sky-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {step.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
