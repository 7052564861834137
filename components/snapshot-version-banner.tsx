import Link from "next/link";

/** Shown while an earlier results snapshot is read (`?versi=n`): its numbers may have been
 * corrected since, and the proposal is built on the latest. */
export function SnapshotVersionBanner({ number, latest, latestHref }: { number: number; latest: number | null; latestHref: string }) {
  if (latest === null || number === latest) return null;
  return (
    <p role="status" data-testid="versi-lama" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      Anda melihat versi {number} (bukan yang terbaru).{" "}
      <Link href={latestHref} className="font-medium underline">Lihat versi terbaru (versi {latest})</Link>
    </p>
  );
}
