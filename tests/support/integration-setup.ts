// Runs before each integration test file: gives the file its own migrated database and points
// lib/db at it before any test code imports it.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, inject } from "vitest";
import { createTestDatabase, dropTestDatabase } from "./test-database";

const maintenanceUrl = inject("testServerUrl");
const serverUrl = (database: string) => {
  const url = new URL(maintenanceUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

const databaseName = `test_${randomBytes(6).toString("hex")}`;
process.env.DATABASE_URL = await createTestDatabase(serverUrl, databaseName);

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await dropTestDatabase(serverUrl, databaseName);
});

// pg 9 throws where pg 8 queues: a statement sent on a connection that is still running one, i.e.
// two statements at once inside a transaction (lib/db.ts serialises them). pg 8's own warning
// ("already executing a query") needs a third statement in flight and shows once per process, so
// this watches every call instead (an observer: the query still runs) and fails the test it
// happened in. It reads pg 8's internals `_activeQuery` and `_queryQueue`, and says so when a pg
// upgrade removes them rather than going quiet.
type PgClientState = { _activeQuery?: unknown; _queryQueue?: unknown[] };
const overlapping: string[] = [];
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client & PgClientState, ...args: unknown[]) {
  if (!Array.isArray(this._queryQueue)) {
    overlapping.push("(pg.Client has no _queryQueue any more: update this check in tests/support/integration-setup.ts)");
  } else if (this._activeQuery || this._queryQueue.length > 0) {
    const config = args[0] as string | { text?: string };
    overlapping.push(String(typeof config === "string" ? config : config?.text).slice(0, 160));
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;
afterEach(() => {
  const statements = overlapping.splice(0);
  if (statements.length > 0) {
    throw new Error(`${statements.length} statement(s) sent on a pg connection still running one (pg 9 refuses this), first: ${statements[0]}`);
  }
});
