/**
 * Results-page benchmark (`npm run bench:results`, issue 6 item 6): seeds a job-fit round of 500
 * participants × 7 panel members into a throwaway embedded PostgreSQL, finalises it as
 * lib/server/results/finalise.ts does, builds the app into .next-bench, serves it with `next start`
 * and times the results page against /tentang (same layout and authentication, no data of its
 * own) over alternating sequential requests. Seeded PRNG: every run measures the same data.
 *
 * Always builds (~1 min); `--reuse-build` keeps an existing .next-bench without checking it
 * against the sources. `--iterations=N` sets the measured requests per page (default 60).
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createPrismaClient } from "@/lib/db";
import { nextStatus } from "@/lib/domain/workflow/round";
import { RESULTS_PAGE_SIZE } from "@/lib/paging";
import { computeSnapshot, finaliseBlockers, loadResultsInputs } from "@/lib/server/results/snapshot";
import { freePort, startEmbeddedPostgres } from "@/scripts/embedded-postgres";
import { createDatabaseIfMissing, migrate } from "@/scripts/prepare-database";
import { PANEL_MEMBERS, PARTICIPANTS, seedBenchRound } from "./support/bench-round";
import { buildApp, signIn, startApp } from "./support/next-app";

const SEED = 20_261_102;
const DIST_DIR = ".next-bench";
const DATABASE = "seleksi_bench";
const WARM_UP = 5;
const flag = (name: string) => process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const ITERATIONS = Number(flag("iterations")?.split("=")[1] ?? 60);
if (!Number.isInteger(ITERATIONS) || ITERATIONS < 1) throw new Error("--iterations=N needs a whole number of at least 1");
const root = path.resolve(import.meta.dirname, "..");

const cleanups: (() => Promise<void> | void)[] = [];
async function cleanUp() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error("cleanup step failed:", error);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

const ms = (start: number) => performance.now() - start;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const kB = (bytes: number) => (bytes / 1024).toFixed(1);
/** Nearest-rank percentile of an ascending list. */
const percentile = (sorted: number[], q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;

type Page = { label: string; path: string; samples: number[]; ttfb: number[]; html: string };

async function fetchPage(url: string, cookie: string) {
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const ttfb = ms(start);
  const html = await response.text();
  const total = ms(start);
  if (response.status !== 200) throw new Error(`GET ${url} answered HTTP ${response.status} ${response.headers.get("location") ?? ""}`);
  return { total, ttfb, html };
}

function check(condition: boolean, message: string) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

async function main() {
  const log = (message: string) => console.log(`[bench] ${message}`);
  const facts = `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.arch()}`;

  // 1. A throwaway PostgreSQL of our own.
  const dir = mkdtempSync(path.join(os.tmpdir(), "seleksi-bench-"));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as user postgres and must enter this directory
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), password: randomBytes(12).toString("hex"), ephemeral: true });
  cleanups.push(() => postgres.stop());
  await createDatabaseIfMissing(postgres.serverUrl("postgres"), DATABASE);
  const databaseUrl = postgres.serverUrl(DATABASE);
  migrate(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  cleanups.push(() => db.$disconnect());
  log("database migrated");

  // 2. Seed.
  let started = performance.now();
  const world = await seedBenchRound(db, SEED);
  const seedMs = ms(started);
  log(`seeded ${world.rows.participants} participants, ${world.rows.sheets} sheets, ${world.rows.items} score items in ${seconds(seedMs)}`);

  // 3. Finalise: the same computation and the same two writes as finaliseRound (no actor checks
  // or audit row: those need the server-only service).
  started = performance.now();
  const inputs = await loadResultsInputs(db, world.roundId);
  const loadMs = ms(started);
  started = performance.now();
  const { results, data, configVersionId } = computeSnapshot(inputs);
  const computeMs = ms(started);
  const blockers = finaliseBlockers(inputs, results);
  check(blockers.missingSheets.length + blockers.unjustified.length + blockers.incomplete.length === 0, `finalising is blocked: ${JSON.stringify(blockers).slice(0, 500)}`);
  const round = await db.round.findUniqueOrThrow({ where: { id: world.roundId }, select: { status: true, version: true } });
  started = performance.now();
  await db.$transaction([
    db.resultSnapshot.create({ data: { roundId: world.roundId, number: 1, configVersionId, reason: null, data: JSON.parse(JSON.stringify(data)), createdById: world.chairUserId } }),
    db.round.updateMany({ where: { id: world.roundId, status: round.status, version: round.version }, data: { status: nextStatus(round.status, "FINALISE")!, version: { increment: 1 } } }),
  ]);
  const writeMs = ms(started);
  const snapshotBytes = Buffer.byteLength(JSON.stringify(data));
  const [stored] = await db.$queryRaw<{ bytes: number }[]>`SELECT pg_column_size(data)::int AS bytes FROM "ResultSnapshot" WHERE "roundId" = ${world.roundId}`;
  const ranked = results.participants.filter((p) => p.rank !== null);
  check(ranked.length === PARTICIPANTS, `${ranked.length} of ${PARTICIPANTS} participants ranked`);

  // 4. Build and serve.
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1" };
  started = performance.now();
  const reuse = Boolean(flag("reuse-build")) && existsSync(path.join(root, DIST_DIR, "BUILD_ID"));
  if (!reuse) {
    log(`building the app into ${DIST_DIR} (next build)…`);
    buildApp(env, DIST_DIR);
  }
  const buildMs = ms(started);
  started = performance.now();
  const app = await startApp(env, DIST_DIR, await freePort());
  cleanups.push(() => app.stop());
  const startMs = ms(started);
  log(`next start answered on ${app.url} after ${seconds(startMs)}`);

  // 5. Sign in as the Sekda and check that each page shows what it should.
  const cookie = await signIn(app.url, world.sekda.email, world.sekda.password);
  const results500 = `/putaran/${world.roundId}/hasil`;
  const filterPost = ranked[Math.floor(PARTICIPANTS / 2)]!;
  const pages: Page[] = [
    { label: "/tentang (trivial)", path: "/tentang", samples: [], ttfb: [], html: "" },
    { label: "results", path: results500, samples: [], ttfb: [], html: "" },
    { label: "results ?jabatan=<1 post>", path: `${results500}?jabatan=${filterPost.postId}`, samples: [], ttfb: [], html: "" },
    { label: "results ?urut=composite&arah=desc", path: `${results500}?urut=composite&arah=desc`, samples: [], ttfb: [], html: "" },
    { label: "results last page", path: `${results500}?halaman=${Math.ceil(PARTICIPANTS / RESULTS_PAGE_SIZE)}`, samples: [], ttfb: [], html: "" },
  ];
  for (const page of pages) page.html = (await fetchPage(app.url + page.path, cookie)).html;
  const linked = (html: string) => ranked.filter((p) => html.includes(`/hasil/${p.id}"`)).length;
  const [trivial, full, filtered, sorted, last] = pages as [Page, Page, Page, Page, Page];
  check(trivial.html.includes("Tentang Seleksi JPT") && !trivial.html.includes("Peringkat hasil seleksi"), "/tentang renders its own content only");
  check(full.html.includes("Peringkat hasil seleksi"), "the results page renders the ranking table");
  check(linked(full.html) === RESULTS_PAGE_SIZE, `the results page shows one page of ${RESULTS_PAGE_SIZE} participants (found ${linked(full.html)})`);
  check(last.html.includes(ranked.at(-1)!.name), `the last page shows the 500th participant (${ranked.at(-1)!.name})`);
  check(linked(filtered.html) === 1 && filtered.html.includes(filterPost.name), "the post filter leaves one participant");
  check(linked(sorted.html) === RESULTS_PAGE_SIZE && sorted.html.includes('aria-sort="descending"'), "the sorted page shows a full page, sorted descending");

  // 6. Warm up, then measure, rotating the order each iteration so no page always goes first.
  for (let i = 0; i < WARM_UP; i++) for (const page of pages) await fetchPage(app.url + page.path, cookie);
  started = performance.now();
  for (let i = 0; i < ITERATIONS; i++) {
    for (let k = 0; k < pages.length; k++) {
      const page = pages[(i + k) % pages.length]!;
      const sample = await fetchPage(app.url + page.path, cookie);
      page.samples.push(sample.total);
      page.ttfb.push(sample.ttfb);
    }
  }
  const measureMs = ms(started);

  // 7. Report.
  const stats = pages.map((page) => {
    const sortedSamples = [...page.samples].sort((a, b) => a - b);
    const ttfb = [...page.ttfb].sort((a, b) => a - b);
    return { page, median: percentile(sortedSamples, 0.5), p95: percentile(sortedSamples, 0.95), min: sortedSamples[0]!, max: sortedSamples.at(-1)!, ttfb: percentile(ttfb, 0.5) };
  });
  const base = stats[0]!;
  const header = ["page", "median ms", "p95 ms", "min ms", "max ms", "TTFB median", "HTML kB", "gzip kB", "median ×", "p95 ×"];
  const rows = stats.map((s) => [
    s.page.label, s.median.toFixed(1), s.p95.toFixed(1), s.min.toFixed(1), s.max.toFixed(1), s.ttfb.toFixed(1),
    kB(Buffer.byteLength(s.page.html)), kB(gzipSync(s.page.html).length),
    s === base ? "1.00" : (s.median / base.median).toFixed(2), s === base ? "1.00" : (s.p95 / base.p95).toFixed(2),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");

  console.log("");
  console.log(`Results page benchmark — ${PARTICIPANTS} participants × ${PANEL_MEMBERS} panel members, seed ${SEED}`);
  console.log(facts);
  console.log(`seed: ${seconds(seedMs)} (${world.rows.participants} participants, ${world.rows.sheets} sheets, ${world.rows.items} score items, ${world.rows.revisions} revisions)`);
  console.log(`finalise: loadResultsInputs ${loadMs.toFixed(0)} ms + computeSnapshot ${computeMs.toFixed(0)} ms; snapshot write + status ${writeMs.toFixed(0)} ms`);
  console.log(`snapshot JSON: ${kB(snapshotBytes)} kB (${kB(stored?.bytes ?? 0)} kB stored as jsonb, TOAST-compressed)`);
  console.log(`build: ${reuse ? `reused existing ${DIST_DIR} (not checked against the sources)` : `next build into ${DIST_DIR} ${seconds(buildMs)}`}; next start ready ${seconds(startMs)}`);
  console.log(`${ITERATIONS} sequential GETs per page after ${WARM_UP} warm-ups, pages rotated each iteration (${seconds(measureMs)}); full body read; nearest-rank percentiles`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
  const [, resultsStats] = stats as [typeof base, typeof base];
  console.log(`ratio results / trivial: median ${(resultsStats.median / base.median).toFixed(2)}, p95 ${(resultsStats.p95 / base.p95).toFixed(2)}`);
}

main()
  .then(cleanUp)
  .catch(async (error) => {
    console.error(error);
    await cleanUp();
    process.exitCode = 1;
  });
