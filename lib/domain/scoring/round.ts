/**
 * Decimal rounding that matches what a person computes on paper.
 *
 * Binary doubles cannot hold most decimals: the literal 1.005 is stored as 1.00499999999999989…,
 * 79.995 as 79.99499999999999744…, and 100 × 28 / 35 may come out as 79.99999999999999. Rounding
 * the stored binary value (as `Math.round(x * 100) / 100` or `toFixed` do) therefore gives 1.00,
 * 79.99 and breaks category boundaries.
 *
 * Approach: a double carries 15 significant decimal digits reliably (DBL_DIG). We first write the
 * value with exactly 15 significant digits (`toExponential(14)`), which recovers the decimal the
 * value stands for (1.00500000000000, 7.99950000000000e1, 8.00000000000000e1) and discards binary
 * noise below that precision. We then round that digit string half away from zero at the requested
 * decimal, in integer arithmetic on the digits, and parse the result once (parsing is correctly
 * rounded, so the returned double is the nearest one to the decimal answer).
 */

const MAX_DECIMALS = 15;

/**
 * Rounds `value` to `decimals` decimal places, half away from zero ("pembulatan ke atas" as in
 * spreadsheet ROUND): 1.005 → 1.01, 79.995 → 80, 80.004999 → 80, −1.005 → −1.01. Used by every
 * displayed or compared score (JPM categories, nine-box bands, dispersion). Throws on non-finite
 * values or a `decimals` outside 0–15.
 */
export function roundHalfUp(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be an integer from 0 to ${MAX_DECIMALS}`);
  }
  if (value === 0) return 0;

  const negative = value < 0;
  const [mantissa = "", exponentText = "0"] = Math.abs(value).toExponential(14).split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  // The value is 0.d1d2…d15 × 10^(exponent + 1); keep this many leading digits.
  const keep = exponent + 1 + decimals;
  if (keep >= digits.length) return Number(`${negative ? "-" : ""}${mantissa}e${exponent}`);
  if (keep < 0) return 0;

  const next = Number(digits[keep]);
  const kept = keep === 0 ? 0 : Number(digits.slice(0, keep));
  const rounded = next >= 5 ? kept + 1 : kept;
  if (rounded === 0) return 0;
  return Number(`${negative ? "-" : ""}${rounded}e-${decimals}`);
}
