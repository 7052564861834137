// `npm run test:e2e`: builds the app into .next-e2e, then runs Playwright, whose web server is the
// real app on its own port and its own throwaway database (see playwright.config.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env, NEXT_DIST_DIR: ".next-e2e", NEXT_TELEMETRY_DISABLED: "1" };
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

const build = spawnSync(bin("next"), ["build"], { cwd: root, env, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], { cwd: root, env, stdio: "inherit" });
process.exit(run.status ?? 1);
