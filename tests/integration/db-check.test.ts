// `npm run db:check` is what keeps schema and migrations in step: it must pass on the committed
// pair and fail once the schema has a change that no migration holds. Runs the real script on a
// copy of the project's prisma folder, so the repository's own schema is never touched.
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const copy = mkdtempSync(path.join(os.tmpdir(), "seleksi-dbcheck-copy-"));
for (const entry of ["scripts", "prisma", "prisma.config.ts", "package.json"]) cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function dbCheck() {
  const env = { ...process.env };
  delete env.DATABASE_URL; // its own throwaway server, as on a developer's machine
  return spawnSync(path.join(copy, "node_modules", ".bin", "tsx"), ["scripts/db-check.ts"], { cwd: copy, env, encoding: "utf8" });
}

describe("npm run db:check", () => {
  it("passes when the migrations hold the schema and fails on a change without a migration", () => {
    const agreed = dbCheck();
    expect(agreed.stdout).toContain("Schema and migrations agree.");
    expect(agreed.status).toBe(0);

    appendFileSync(path.join(copy, "prisma", "schema.prisma"), "\nmodel Unmigrated {\n  id String @id\n}\n");
    const drifted = dbCheck();
    expect(drifted.stderr).toContain("The schema has changes without a migration");
    expect(drifted.status).toBe(1);
  }, 90_000);
});
