// With AUTH_SECRET unset, the first start generates the session key and keeps it outside git, so a
// restart does not sign everybody out.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadLocalSecrets } from "@/scripts/local-secrets";

const dir = mkdtempSync(path.join(os.tmpdir(), "seleksi-secrets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("local secrets", () => {
  it("are generated once, readable only by their owner, and the same on every later start", () => {
    const dataRoot = path.join(dir, ".data");
    const first = loadLocalSecrets(dataRoot);
    expect(first.authSecret).toMatch(/^[\w-]{43}$/); // 32 random bytes
    expect(first.databasePassword.length).toBeGreaterThanOrEqual(24);
    const file = path.join(dataRoot, "local-secrets.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadLocalSecrets(dataRoot)).toEqual(first);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(first);
  });

  it("are never generated inside the repository's tracked files", () => {
    const ignored = readFileSync(path.resolve(import.meta.dirname, "..", "..", ".gitignore"), "utf8").split("\n");
    expect(ignored).toContain(".data/");
  });
});
