// `npm start` (production build) and `npm run dev`: with DATABASE_URL unset, start the embedded
// PostgreSQL in .data/pg, migrate, seed the demo data (idempotent), then serve Next.js. Ctrl-C or
// SIGTERM stops Next.js and then the database cleanly.
// `--ephemeral` (the e2e tests' server) uses a throwaway database and the build in NEXT_DIST_DIR.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { seedDemo } from "@/prisma/seed";
import { startEmbeddedPostgres, takeOverShutdownSignals, type RunningPostgres } from "./embedded-postgres";
import { loadLocalSecrets } from "./local-secrets";
import { createDatabaseIfMissing, migrate } from "./prepare-database";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");
const DATABASE_NAME = "seleksi_jpt";
const mode = process.argv[2] === "dev" ? "dev" : "start";
const ephemeral = process.argv.includes("--ephemeral");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

const log = (message: string) => console.log(`[seleksi-jpt] ${message}`);

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

/** Build only when there is no build or a source file is newer than it. */
function buildIsStale(): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const sources = ["app", "lib", "components", "public", "proxy.ts", "next.config.ts", "package-lock.json"];
  return Math.max(...sources.map((source) => newestMtime(path.join(root, source)))) > statSync(buildId).mtimeMs;
}

// The database outlives a failed start otherwise, and the next `npm start` finds it "already running".
let database: RunningPostgres | undefined;

async function main() {
  const started = performance.now();
  const secrets = loadLocalSecrets(path.join(root, ".data"));
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  env.AUTH_SECRET ||= secrets.authSecret;
  if (ephemeral) delete env.DATABASE_URL; // e2e runs never touch a real database

  if (!env.DATABASE_URL) {
    const throwaway = ephemeral ? mkdtempSync(path.join(os.tmpdir(), "seleksi-e2e-")) : undefined;
    if (throwaway) chmodSync(throwaway, 0o755);
    const dataDir = throwaway ? path.join(throwaway, "pg") : path.join(root, ".data", "pg");
    const server = await startEmbeddedPostgres({ dataDir, password: secrets.databasePassword, ephemeral });
    database = {
      ...server,
      stop: async () => {
        await server.stop();
        if (throwaway) rmSync(throwaway, { recursive: true, force: true });
      },
    };
    await createDatabaseIfMissing(database.serverUrl("postgres"), DATABASE_NAME);
    env.DATABASE_URL = database.serverUrl(DATABASE_NAME);
    log(`embedded PostgreSQL started (data in ${path.relative(root, dataDir)})`);
  }
  migrate(env.DATABASE_URL);
  const db = createPrismaClient(env.DATABASE_URL);
  const { created } = await seedDemo(db).finally(() => db.$disconnect());
  log(created ? "demo data created" : "demo data already present");

  if (mode === "start" && !ephemeral && buildIsStale()) {
    log("building the app (next build)…");
    const build = spawnSync(nextBin, ["build"], { cwd: root, env, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const port = env.PORT ?? "3000";
  const server = spawn(nextBin, [mode, "--port", port], { cwd: root, env, stdio: "inherit" });
  log(`database and build ready in ${((performance.now() - started) / 1000).toFixed(1)} s; serving http://localhost:${port}`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    await database?.stop();
    log("stopped");
    process.exit(code);
  };
  takeOverShutdownSignals(() => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}

main().catch(async (error) => {
  console.error(error);
  await database?.stop().catch(() => {});
  process.exit(1);
});
