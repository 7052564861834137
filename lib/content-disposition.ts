// Reads the file name a download response gives in its Content-Disposition header (RFC 6266),
// preferring the exact UTF-8 name (`filename*=UTF-8''…`, RFC 5987) over the ASCII fallback.

export function fileNameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim();
  if (extended) {
    const match = /^([^']*)'[^']*'(.*)$/.exec(extended.replace(/^"(.*)"$/, "$1"));
    if (match && match[1]!.toLowerCase() === "utf-8") {
      try {
        const name = decodeURIComponent(match[2]!);
        if (name) return safeName(name);
      } catch {
        // A malformed percent-encoding falls back to the plain name.
      }
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)?.[1];
  if (quoted !== undefined) return quoted ? safeName(quoted.replace(/\\(.)/g, "$1")) : null;
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
  return bare ? safeName(bare) : null;
}

// The name becomes a local file name: no directory parts.
const safeName = (name: string) => name.replace(/[/\\]/g, "_");
