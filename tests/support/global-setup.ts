import type { TestProject } from "vitest/node";
import { prepareTemplate, startTestServer, type TestServer } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let server: TestServer | undefined;
  try {
    server = await startTestServer();
    await prepareTemplate(server);
  } catch (error) {
    // Vitest 4 reports a failed global setup as "No test files found" and still exits 0 — a
    // silent green. Fail the run for real.
    console.error("Integration test database could not be prepared:", error);
    await server?.stop().catch(() => {});
    process.exit(1);
  }
  // Provide the maintenance URL; each file derives its own database from it.
  project.provide("testServerUrl", server.serverUrl("postgres"));
  return async () => server.stop();
}
