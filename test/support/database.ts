// Each test file gets its own database: a fresh PGlite directory by default, or, with
// TEST_DATABASE_URL set, a fresh database created on that PostgreSQL server (so files run in parallel).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createScratchDatabase } from "../../support/scratch-database.js";

export interface TestDatabase {
  /** Environment for the service: DATABASE_URL or DATA_DIR. */
  env: { DATABASE_URL?: string; DATA_DIR: string; SECRETS_KEY?: string };
  kind: "pglite" | "postgresql";
  drop(): Promise<void>;
}

export const serverUrl = process.env.TEST_DATABASE_URL;

export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-test-"));
  if (!serverUrl) {
    return {
      kind: "pglite",
      env: { DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const scratch = await createScratchDatabase(serverUrl, "hookrelay_test");
  return {
    kind: "postgresql",
    env: { DATABASE_URL: scratch.url, DATA_DIR: dataDir, SECRETS_KEY: randomBytes(32).toString("base64") },
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await scratch.drop();
    },
  };
}
