"use client";

import { useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { fileNameFromContentDisposition } from "@/lib/content-disposition";

const PENDING = "Menyiapkan berkas…";
const FAILED = "Berkas gagal diunduh. Periksa koneksi, lalu coba lagi.";

/**
 * Downloads a file a route handler builds. A workbook of a large agency takes seconds to build, so
 * the button fetches it itself and shows that it is working (a plain <a download> shows nothing
 * until the browser's download starts), then saves the bytes under the server's file name. It never
 * navigates: with next/link the client router would fetch the route as a page and keep the file's
 * URL as the page URL, so the page's next server action would be posted to the route handler.
 */
export function DownloadLink({ href, children }: { href: string; children: ReactNode }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  async function download() {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setError(null);
    try {
      const response = await fetch(href, { credentials: "same-origin", cache: "no-store" });
      // Signed out meanwhile: the handler redirected to the sign-in page; go there for real.
      if (response.redirected || response.headers.get("Content-Type")?.startsWith("text/html")) {
        window.location.assign(response.url);
        return;
      }
      if (!response.ok) {
        setError((await response.text()).trim() || FAILED);
        return;
      }
      save(await response.blob(), fileNameFromContentDisposition(response.headers.get("Content-Disposition")) ?? fallbackName(href));
    } catch {
      setError(FAILED);
    } finally {
      busy.current = false;
      setPending(false);
    }
  }

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button variant="secondary" onClick={download} disabled={pending} aria-busy={pending}>
        {pending ? PENDING : children}
      </Button>
      <span role="status" className="sr-only">{pending ? PENDING : ""}</span>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later, not at once: some browsers read the object URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const fallbackName = (href: string) => `${href.split("?")[0]!.split("/").filter(Boolean).join("-") || "unduhan"}.xlsx`;
