// Prisma CLI configuration. Loaded only by the `prisma` CLI (migrate, generate, diff), never by the
// app. It runs Prisma 6.19's wasm schema engine through the pg driver adapter so that migrations
// work offline (see docs/decisions/0001-prisma-6-js-engine.md). Each workaround below names the
// upstream error it avoids.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parse } from "pg-connection-string";
import { defineConfig } from "prisma/config";

// Workaround 5 — without DATABASE_URL, `prisma generate` tries to download libquery_engine
// (`getaddrinfo ENOTFOUND binaries.prisma.sh`). The schema keeps `url = env("DATABASE_URL")`, so a
// placeholder is enough for commands that never connect.
process.env.DATABASE_URL ??= "postgresql://placeholder:placeholder@127.0.0.1:5432/placeholder";

// Workaround 1 — `Column type 'name' could not be deserialized from the database` (then 'char';
// prisma/orm#27403): the adapter cannot map Postgres catalog types the engine reads while
// introspecting. Report them as text / text[], which is what they are to a client.
const CATALOG_TEXT_OIDS = new Set([18, 19, 24, 30, 194, 2205, 2206]);
const TEXT_OID = 25;
const NAME_ARRAY_OID = 1003;
const TEXT_ARRAY_OID = 1009;
type FieldDescription = { dataTypeID: number };
const resultPrototype = (pg as unknown as { Result: { prototype: { addFields(f: FieldDescription[]): void } } })
  .Result.prototype;
const originalAddFields = resultPrototype.addFields;
resultPrototype.addFields = function addFields(fields: FieldDescription[]) {
  for (const field of fields) {
    if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    else if (field.dataTypeID === NAME_ARRAY_OID) field.dataTypeID = TEXT_ARRAY_OID;
  }
  return originalAddFields.call(this, fields);
};

// Workaround 4 — every migrate command lingers ~10 s after finishing: the wasm engine leaves a
// 10 s timer behind. Unref long timers in this CLI process so Node can exit when the work is done.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(handler, ms, ...args);
  if ((ms ?? 0) >= 5_000) timer.unref();
  return timer;
}) as typeof setTimeout;

// Workaround 2 — `Migration ..._init failed to apply cleanly to the shadow database. ERROR: type
// "Role" already exists`: pg lets `connectionString` override `database`, so the shadow database
// was the main one. Give the adapter discrete fields instead of a connection string.
function poolConfig(url: string): pg.PoolConfig {
  const parsed = parse(url);
  return {
    host: parsed.host ?? "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.user,
    password: parsed.password,
    database: parsed.database ?? undefined,
    allowExitOnIdle: true,
  };
}

// Workaround 6 — `ERROR: unterminated dollar-quoted string at or near "$$`: the adapter's
// executeScript splits a migration on every ";", which breaks function bodies (the audit trigger);
// and `migrate diff --from-migrations` replays migrations through executeRaw, whose extended
// protocol rejects multi-statement scripts (the wasm engine then dies with `RuntimeError:
// unreachable`). PostgreSQL runs a parameterless script itself through the simple query protocol.
// Workaround 7 — `migrate diff` dies with `RuntimeError: unreachable` while introspecting:
// PostgreSQL 18 stores NOT NULL as pg_constraint rows of contype 'n', which Prisma 6.19's
// introspection does not know. Nullability is read from pg_attribute anyway, so leave them out.
const CHECK_CONSTRAINTS_FILTER = "contype NOT IN ('p', 'u', 'f')";
function withoutNotNullConstraints(sql: string) {
  return sql.replace(CHECK_CONSTRAINTS_FILTER, "contype NOT IN ('p', 'u', 'f', 'n')");
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
function runScriptsWhole(adapter: Adapter): Adapter {
  const pool = adapter.underlyingDriver() as pg.Pool;
  // The adapter's own error mapping, so the engine sees the errors it expects.
  const fail = (error: unknown): never => (adapter as unknown as { onError(e: unknown): never }).onError(error);
  adapter.executeScript = async (script: string) => {
    await pool.query(script).catch(fail);
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = (query) => queryRaw({ ...query, sql: withoutNotNullConstraints(query.sql) });
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    const result = await pool.query(query.sql).catch(fail);
    return result.rowCount ?? 0;
  };
  return adapter;
}

// Workaround 3 — `database "prisma_migrate_shadow_db_..." is being accessed by other users`: the
// adapter drops the shadow database before closing its pool. Close the pool first, then force-drop.
class CliPrismaPg extends PrismaPg {
  constructor(private readonly poolOptions: pg.PoolConfig) {
    super(poolOptions);
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = runScriptsWhole(await new PrismaPg({ ...this.poolOptions, database }).connect());
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    return new CliPrismaPg(poolConfig(process.env.DATABASE_URL!));
  },
});
