import type { ComponentProps, ReactNode } from "react";

/** A data table that scrolls sideways on narrow screens instead of squeezing its columns. */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className = "", ...props }: ComponentProps<"th">) {
  return <th scope="col" className={`bg-slate-50 px-3 py-2 text-left font-semibold text-slate-700 ${className}`} {...props} />;
}

export function Td({ className = "", ...props }: ComponentProps<"td">) {
  return <td className={`px-3 py-2 align-top text-slate-800 ${className}`} {...props} />;
}

export function Tr({ className = "", ...props }: ComponentProps<"tr">) {
  return <tr className={`border-t border-slate-100 hover:bg-slate-50 ${className}`} {...props} />;
}
