import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * A link to a file a route handler builds. A plain <a download>, not next/link: the client router
 * would first fetch the route as a page, fail, fall back to a full load, and keep the file's URL as
 * the page URL, so the page's next server action would be posted to the route handler (405).
 */
export function DownloadLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} download className={buttonClass("secondary")}>
      {children}
    </a>
  );
}
