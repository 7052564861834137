import { buttonClass } from "@/components/ui/button";

/** A GET form: the search lives in the URL, so it survives reloads and can be shared. */
export function SearchForm({ defaultValue, label = "Cari", placeholder }: { defaultValue?: string; label?: string; placeholder?: string }) {
  return (
    <form role="search" className="mb-4 flex gap-2">
      <label htmlFor="q" className="sr-only">{label}</label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        className="block w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-sky-600"
      />
      <button type="submit" className={buttonClass("secondary")}>{label}</button>
    </form>
  );
}
