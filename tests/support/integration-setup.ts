// Runs before each integration test file: gives the file its own migrated database and points
// lib/db at it before any test code imports it.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
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
