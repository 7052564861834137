import type { TestProject } from "vitest/node";
import { prepareTemplate, startTestServer } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  await prepareTemplate(server);
  // Provide the maintenance URL; each file derives its own database from it.
  project.provide("testServerUrl", server.serverUrl("postgres"));
  return async () => server.stop();
}
