// `npm start` twice: the embedded cluster restarts on its existing data directory (as root too,
// where the data directory must stay 0700 while its parents become traversable).
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/embedded-postgres";

const dir = mkdtempSync(path.join(os.tmpdir(), "seleksi-restart-"));
chmodSync(dir, 0o700); // like a clone in `mktemp -d`
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across a restart", async () => {
    const dataDir = path.join(dir, "data", "pg");
    const first = await startEmbeddedPostgres({ dataDir, password: "restart" });
    await query(first.serverUrl("postgres"), "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('tetap')");
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir, password: "restart" });
    try {
      expect(await query(second.serverUrl("postgres"), "SELECT value FROM kept")).toEqual([{ value: "tetap" }]);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it("leaves the exit code of a process that loads it alone (a failed test run must not exit 0)", () => {
    const probe = spawnSync(path.join("node_modules", ".bin", "tsx"), [path.join("tests", "support", "exit-code-probe.ts")], { encoding: "utf8" });
    expect(probe.stderr).not.toContain("Error");
    expect(probe.status).toBe(3);
  }, 30_000);
});
