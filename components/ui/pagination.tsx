import Link from "next/link";

type PaginationProps = { page: number; pageSize: number; total: number; href: (page: number) => string };

export function Pagination({ page, pageSize, total, href }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const link = "rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50";
  return (
    <nav aria-label="Halaman" className="mt-3 flex items-center justify-between text-sm text-slate-600">
      <span>
        {from}–{to} dari {total}
      </span>
      <div className="flex gap-2">
        {page > 1 ? <Link className={link} href={href(page - 1)}>Sebelumnya</Link> : null}
        <span className="px-2 py-1.5">
          Halaman {page} / {pages}
        </span>
        {page < pages ? <Link className={link} href={href(page + 1)}>Berikutnya</Link> : null}
      </div>
    </nav>
  );
}
