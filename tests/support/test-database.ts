// One PostgreSQL server for a whole test run: the embedded one in a throwaway directory, or the
// server of TEST_DATABASE_URL when given. Migrations are applied once to a template database;
// every test file then gets its own copy (CREATE DATABASE ... TEMPLATE), so files run in parallel
// without seeing each other's rows.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/scripts/embedded-postgres";
import { createDatabaseIfMissing, migrate } from "@/scripts/prepare-database";

export const TEMPLATE_DATABASE = "seleksi_test_template";

export type TestServer = { serverUrl: (database: string) => string; stop: () => Promise<void> };

export async function startTestServer(): Promise<TestServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    const serverUrl = (database: string) => {
      const url = new URL(given);
      url.pathname = `/${database}`;
      return url.toString();
    };
    return { serverUrl, stop: async () => {} };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "seleksi-test-"));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as user postgres and must enter this directory
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), password: "test", ephemeral: true });
  return {
    serverUrl: server.serverUrl,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function prepareTemplate(server: TestServer) {
  await dropTestDatabase(server.serverUrl, TEMPLATE_DATABASE);
  await createDatabaseIfMissing(server.serverUrl("postgres"), TEMPLATE_DATABASE);
  migrate(server.serverUrl(TEMPLATE_DATABASE));
}

async function asAdmin(serverUrl: (database: string) => string, sql: (admin: pg.Client) => string) {
  const admin = new pg.Client({ connectionString: serverUrl("postgres") });
  await admin.connect();
  try {
    await admin.query(sql(admin));
  } finally {
    await admin.end();
  }
}

/** A fresh, migrated, empty database copied from the template. */
export async function createTestDatabase(serverUrl: (database: string) => string, name: string): Promise<string> {
  await asAdmin(serverUrl, (admin) => `CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${TEMPLATE_DATABASE}`);
  return serverUrl(name);
}

export async function dropTestDatabase(serverUrl: (database: string) => string, name: string) {
  await asAdmin(serverUrl, (admin) => `DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
}
