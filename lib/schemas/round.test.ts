import { describe, expect, it } from "vitest";
import { oversightSchema } from "./round";

describe("oversightSchema.minApplicantsPerPost", () => {
  const field = oversightSchema.shape.minApplicantsPerPost;
  it.each([
    ["1", 1],
    ["50", 50],
  ])("accepts %s", (value, expected) => {
    expect(field.parse(value)).toBe(expected);
  });

  it.each([
    ["0", "Paling sedikit 1."],
    ["-1", "Paling sedikit 1."],
    ["51", "Paling banyak 50."],
    ["2.5", "Isi bilangan bulat."],
    ["abc", "Isi angka."],
  ])("refuses %s with an Indonesian message", (value, message) => {
    expect(field.safeParse(value).error?.issues[0]?.message).toBe(message);
  });
});
