import { z } from "@/lib/schemas/zod";
import { blankToUndefined } from "@/lib/schemas/fields";

/** One import request: the step, the file (sent again for the commit: the flow keeps no state
 * on the server) and, for the commit, the fingerprint of the file the user previewed. */
export const importRequestSchema = z.object({
  langkah: z.enum(["periksa", "simpan"], { error: "Langkah impor tidak dikenal." }),
  berkas: z
    .instanceof(File, { error: "Pilih berkas XLSX atau CSV." })
    .refine((file) => file.size > 0, "Pilih berkas XLSX atau CSV; berkas ini kosong."),
  sha256: z.preprocess(blankToUndefined, z.string().regex(/^[0-9a-f]{64}$/, "Sidik berkas tidak valid.").optional()),
});
