// The real app for the benchmark: `next build` into its own dist dir, `next start` on a free port
// against the benchmark's database, and a session obtained through Auth.js's own endpoints.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");

/**
 * `next build` adds `<distDir>/types/**` to tsconfig.json's `include` and points next-env.d.ts at
 * the dist dir. The benchmark must leave the working tree as it found it (other engineers build
 * and type-check in it), so both files are put back afterwards; tsconfig.json only when Next's
 * additions are the sole change, so a concurrent edit is never lost.
 */
export function buildApp(env: NodeJS.ProcessEnv, distDir: string) {
  const tsconfigPath = path.join(root, "tsconfig.json");
  const nextEnvPath = path.join(root, "next-env.d.ts");
  const tsconfig = readFileSync(tsconfigPath, "utf8");
  const nextEnv = existsSync(nextEnvPath) ? readFileSync(nextEnvPath, "utf8") : null;
  try {
    const build = spawnSync(nextBin, ["build"], { cwd: root, env: { ...env, NEXT_DIST_DIR: distDir }, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (build.status !== 0) throw new Error(`next build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  } finally {
    const after = readFileSync(tsconfigPath, "utf8");
    if (after !== tsconfig) {
      const parsed = JSON.parse(after) as { include?: string[] };
      parsed.include = parsed.include?.filter((entry) => !entry.startsWith(`${distDir}/`));
      if (JSON.stringify(parsed) === JSON.stringify(JSON.parse(tsconfig))) writeFileSync(tsconfigPath, tsconfig);
      else console.warn("tsconfig.json changed during the build beyond Next's type includes; left as it is.");
    }
    if (nextEnv !== null && readFileSync(nextEnvPath, "utf8") !== nextEnv) writeFileSync(nextEnvPath, nextEnv);
  }
}

export type RunningApp = { url: string; stop: () => Promise<void>; output: () => string };

/** `next start` in its own process group (so stopping it ends any worker too), bound to 127.0.0.1. */
export async function startApp(env: NodeJS.ProcessEnv, distDir: string, port: number): Promise<RunningApp> {
  const child: ChildProcess = spawn(nextBin, ["start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    env: { ...env, NEXT_DIST_DIR: distDir },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid!, "SIGTERM");
    const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/masuk`, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop, output: () => output };
}

/** Signs in as a browser would through Auth.js (CSRF token, then the credentials callback) and
 * returns the Cookie header carrying the session. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(";")[0]!;
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookieHeader = () => [...jar].filter(([, value]) => value !== "").map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${url}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: cookieHeader(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${url}/` }),
  });
  await callback.arrayBuffer();
  keep(callback);
  const session = jar.get("authjs.session-token");
  if (!session) throw new Error(`sign-in as ${email} gave no session cookie (HTTP ${callback.status}, location ${callback.headers.get("location")})`);
  return `authjs.session-token=${session}`;
}
