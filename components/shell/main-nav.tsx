"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/navigation";

function matches(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The most specific item wins: on /jabatan/opd/… only "OPD" is current, not "Jabatan" too. */
function activeHref(pathname: string, items: NavItem[]) {
  return items.filter((item) => matches(pathname, item.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/** Sidebar on wide screens; on tablets and phones a strip that wraps, so every item stays in view. */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const current = activeHref(pathname, items);
  return (
    <nav aria-label="Menu utama" className="border-b border-slate-200 bg-white lg:min-h-full lg:w-56 lg:border-r lg:border-b-0">
      <ul className="flex flex-wrap gap-1 p-2 lg:flex-col lg:flex-nowrap">
        {items.map((item) => {
          const active = item.href === current;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm whitespace-nowrap focus-visible:outline-2 focus-visible:outline-sky-600 ${
                  active ? "bg-sky-50 font-semibold text-sky-800" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
