import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/e2e/artifacts/results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The HTML report keeps each run's attachments (the results and nine-box screens) browsable.
  reporter: [["list"], ["html", { open: "never", outputFolder: "tests/e2e/artifacts/report" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // One server and database for the whole run: the checks that count demo data run first, then
  // the journeys that change it.
  projects: [
    { name: "demo-data", testMatch: /sign-in\.spec\.ts/, use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } } },
    {
      name: "journeys",
      testIgnore: /sign-in\.spec\.ts/,
      dependencies: ["demo-data"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } },
    },
  ],
  webServer: {
    command: `node_modules/.bin/tsx scripts/serve.ts start --ephemeral`,
    url: `http://127.0.0.1:${PORT}/masuk`,
    env: { PORT: String(PORT), NEXT_DIST_DIR: ".next-e2e", NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    timeout: 120_000,
    // SIGTERM lets the server stop its throwaway database and remove it; the default SIGKILL
    // left a cluster in the temp directory after every run.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
