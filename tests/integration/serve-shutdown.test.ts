// `npm start` / `npm run dev` stop cleanly on SIGTERM (and Ctrl-C): Next.js first, then the
// embedded database, exit code 0, nothing left behind. Runs the real start script in dev mode on
// a throwaway database (no build needed) and its own dist directory.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "@/scripts/embedded-postgres";

const root = path.resolve(import.meta.dirname, "..", "..");

function waitFor(output: () => string, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const match = output().match(pattern);
      if (match) {
        clearInterval(timer);
        resolve(match);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`timed out waiting for ${pattern}; output:\n${output()}`));
      }
    }, 100);
  });
}

describe("the start script", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("stops Next.js and the database on %s and exits 0", async (signal) => {
    const port = await freePort();
    const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/serve.ts", "dev", "--ephemeral"], {
      cwd: root,
      env: { ...process.env, PORT: String(port), NEXT_DIST_DIR: ".next-shutdown-test", NEXT_TELEMETRY_DISABLED: "1" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

    const dataDir = (await waitFor(() => output, /embedded PostgreSQL started \(data in (\S+)\)/, 60_000))[1]!;
    await waitFor(() => output, /serving http:\/\/localhost/, 60_000);
    await waitFor(() => output, /Ready in/, 60_000);
    expect(existsSync(path.resolve(root, dataDir))).toBe(true);

    child.kill(signal);
    expect(await exited).toBe(0);
    expect(output).toContain("[seleksi-jpt] stopped");
    expect(existsSync(path.resolve(root, dataDir))).toBe(false);
  }, 120_000);
});
