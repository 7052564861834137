import { z } from "./zod";
import { isoDate, optionalIsoDate, optionalText } from "./fields";

/** A blackout window as the BKD records it: from the event the law counts from (a head's
 * inauguration, the date the election's candidate pairs are fixed) or, for OTHER, by its dates. */
export const blackoutSchema = z
  .object({
    kind: z.enum(["HEAD_INAUGURATION", "ELECTION", "OTHER"], { error: "Pilih jenis masa larangan." }),
    eventDate: isoDate("Tanggal peristiwa"),
    endsOn: optionalIsoDate("Tanggal berakhir"),
    note: optionalText(300),
  })
  .refine((b) => b.kind !== "OTHER" || b.endsOn, { path: ["endsOn"], message: "Tanggal berakhir wajib diisi untuk masa larangan lain." })
  .refine((b) => !b.endsOn || b.endsOn >= b.eventDate, { path: ["endsOn"], message: "Tanggal berakhir tidak boleh sebelum tanggal peristiwa." });
export type BlackoutInput = z.output<typeof blackoutSchema>;
