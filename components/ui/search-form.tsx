import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

type Filter = { name: string; label: string; value: string; options: { value: string; label: string }[] };

/** A GET form: the search and filters live in the URL, so they survive reloads and can be shared. */
export function SearchForm({ defaultValue, label = "Cari", placeholder, filters = [], search = true, children }: { defaultValue?: string; label?: string; placeholder?: string; filters?: Filter[]; search?: boolean; children?: ReactNode }) {
  return (
    <form role="search" className="mb-4 flex flex-wrap items-end gap-2">
      {search ? <div>
        <label htmlFor="q" className="block text-xs font-medium text-slate-700">{label}</label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder={placeholder}
          className="block w-72 max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-sky-600"
        />
      </div> : null}
      {filters.map((filter) => (
        <div key={filter.name}>
          <label htmlFor={`filter-${filter.name}`} className="block text-xs font-medium text-slate-700">{filter.label}</label>
          <select id={`filter-${filter.name}`} name={filter.name} defaultValue={filter.value} className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {filter.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
      ))}
      {children}
      <button type="submit" className={buttonClass("secondary")}>Terapkan</button>
    </form>
  );
}
