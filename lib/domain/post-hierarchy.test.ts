import { describe, expect, it } from "vitest";
import { createsCycle } from "./post-hierarchy";

// asisten ← biro-hukum ← kabag ; dinas has no superior; x ↔ y is a loop already stored.
const superiorOf = new Map<string, string | null>([
  ["asisten", null],
  ["biro-hukum", "asisten"],
  ["kabag", "biro-hukum"],
  ["dinas", null],
  ["x", "y"],
  ["y", "x"],
]);

describe("createsCycle", () => {
  it.each([
    ["itself", "asisten", "asisten", true],
    ["its direct subordinate", "asisten", "biro-hukum", true],
    ["a subordinate two levels down", "asisten", "kabag", true],
    ["a post one level up", "kabag", "biro-hukum", false],
    ["a post outside its line", "dinas", "kabag", false],
    ["a new post (not in the map yet)", "baru", "kabag", false],
    ["a post in a loop elsewhere", "dinas", "x", false],
    ["its subordinate in a stored loop", "x", "y", true],
  ])("%s", (_, postId, superiorId, expected) => {
    expect(createsCycle(postId, superiorId, superiorOf)).toBe(expected);
  });
});
