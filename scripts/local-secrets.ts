// Secrets a fresh machine generates once and keeps in the git-ignored .data directory, so that
// sessions (AUTH_SECRET) and the embedded database password survive restarts without any set-up.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type LocalSecrets = { authSecret: string; databasePassword: string };

export function loadLocalSecrets(dataRoot: string): LocalSecrets {
  const file = path.join(dataRoot, "local-secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    authSecret: randomBytes(32).toString("base64url"),
    databasePassword: randomBytes(18).toString("base64url"),
  };
  mkdirSync(dataRoot, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}
