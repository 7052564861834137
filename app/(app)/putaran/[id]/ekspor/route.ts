import { exportRoundParticipants } from "@/lib/server/exports/round-export";
import { xlsxDownload } from "@/lib/server/exports/response";

/** The round's participants with eligibility, levels, JPM and performance as XLSX. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return xlsxDownload(request, (actor) => exportRoundParticipants(actor, id));
}
