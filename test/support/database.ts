// Each test file gets its own database: a fresh PGlite directory by default, or, with
// TEST_DATABASE_URL set, a fresh database created on that PostgreSQL server (so files run in parallel).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface TestDatabase {
  /** Environment for the service: DATABASE_URL or DATA_DIR. */
  env: { DATABASE_URL?: string; DATA_DIR: string; SECRETS_KEY?: string };
  kind: "pglite" | "postgresql";
  drop(): Promise<void>;
}

export const serverUrl = process.env.TEST_DATABASE_URL;

async function withAdminClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-test-"));
  if (!serverUrl) {
    return { kind: "pglite", env: { DATA_DIR: dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `hookrelay_test_${randomBytes(6).toString("hex")}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: "postgresql",
    env: { DATABASE_URL: url.toString(), DATA_DIR: dataDir, SECRETS_KEY: randomBytes(32).toString("base64") },
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
