/** Builds an 18-digit NIP (Perka BKN 22/2007): birth date YYYYMMDD, CPNS appointment YYYYMM,
 * sex 1 (male) / 2 (female), sequence NNN. */
export function makeNip(birthDate: string, appointedMonth: string, sex: "M" | "F", sequence: number): string {
  const nip = `${birthDate.replaceAll("-", "")}${appointedMonth.replace("-", "")}${sex === "M" ? 1 : 2}${String(sequence).padStart(3, "0")}`;
  if (!/^\d{18}$/.test(nip)) throw new Error(`makeNip built an invalid NIP: ${nip}`);
  return nip;
}
