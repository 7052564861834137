// `npm run db:check`: fails when prisma/schema.prisma has a change that no migration holds.
// `npm run db:migrate -- <name>`: writes that migration. Both run against DATABASE_URL's server or,
// when it is unset, a throwaway embedded PostgreSQL (the check needs a shadow database).
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { createDatabaseIfMissing, migrate } from "./prepare-database";

const root = path.resolve(import.meta.dirname, "..");
const prisma = (args: string[], databaseUrl: string) =>
  spawnSync(path.join(root, "node_modules", ".bin", "prisma"), args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "inherit", "inherit"],
  }).status ?? 1;

async function withDatabase(run: (url: string) => number): Promise<number> {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  const dir = mkdtempSync(path.join(os.tmpdir(), "seleksi-dbcheck-"));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), password: "check", ephemeral: true });
  try {
    await createDatabaseIfMissing(server.serverUrl("postgres"), "dbcheck");
    return run(server.serverUrl("dbcheck"));
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const SCHEMA_DIFF = ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"];

async function main() {
  const createIndex = process.argv.indexOf("--create");
  if (createIndex >= 0) {
    const name = process.argv[createIndex + 1];
    if (!name) throw new Error("Usage: npm run db:migrate -- <migration_name>");
    return withDatabase((url) => {
      migrate(url);
      return prisma(["migrate", "dev", "--name", name, "--skip-seed"], url);
    });
  }
  const status = await withDatabase((url) => prisma(SCHEMA_DIFF, url));
  if (status === 2) console.error("\nThe schema has changes without a migration. Run: npm run db:migrate -- <name>");
  else if (status === 0) console.log("Schema and migrations agree.");
  return status === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
