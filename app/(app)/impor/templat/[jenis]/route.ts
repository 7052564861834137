import { z } from "zod";
import { assessmentTemplate, officialsTemplate } from "@/lib/server/exports/import-templates";
import { xlsxDownload } from "@/lib/server/exports/response";

const roundParam = z.string().trim().min(1).max(40).optional().catch(undefined);

/** /impor/templat/pejabat and /impor/templat/asesmen[?putaran=<roundId>]: the import templates. */
export async function GET(request: Request, { params }: { params: Promise<{ jenis: string }> }) {
  const { jenis } = await params;
  if (jenis === "pejabat") return xlsxDownload(request, (actor) => officialsTemplate(actor));
  if (jenis === "asesmen") {
    const roundId = roundParam.parse(new URL(request.url).searchParams.get("putaran") ?? undefined);
    return xlsxDownload(request, (actor) => assessmentTemplate(actor, roundId));
  }
  return new Response("Templat tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
