import { exportOfficials } from "@/lib/server/exports/officials-export";
import { xlsxDownload } from "@/lib/server/exports/response";

/** The agency's officials as XLSX, in the officials import's layout. */
export async function GET(request: Request) {
  return xlsxDownload(request, (actor) => exportOfficials(actor));
}
