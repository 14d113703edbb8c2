import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import pg from "pg";
import { readMigrations } from "../src/db/migrations.js";
import { createTestDatabase, type TestDatabase } from "./support/database.js";
import { PROCESS_TEST_TIMEOUT_MS, runCommand } from "./support/process.js";

const databases: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.drop()));
});

async function prismaMigrateStatus(env: Record<string, string | undefined>) {
  const result = await promisify(execFile)("node_modules/.bin/prisma", ["migrate", "status"], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  }).catch((error: { stdout: string; code: number }) => error);
  return result.stdout;
}

describe("migrations", { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it("hookrelay migrate applies every migration, then finds nothing to do, and prisma migrate status agrees", async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const pending = await prismaMigrateStatus(database.env);
    expect(pending).toMatch(/not yet been applied/);

    const first = await runCommand(["migrate"], database.env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Applied ${readMigrations().length} migration(s)`);
    const again = await runCommand(["migrate"], database.env);
    expect(again.stdout).toContain("Database schema is up to date.");

    expect(await prismaMigrateStatus(database.env)).toContain("Database schema is up to date!");
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    "applies each migration once when two processes start together on PostgreSQL",
    async () => {
      const database = await createTestDatabase();
      databases.push(database);
      const [a, b] = await Promise.all([runCommand(["migrate"], database.env), runCommand(["migrate"], database.env)]);
      expect([a.code, b.code]).toEqual([0, 0]);
      const outputs = [a.stdout, b.stdout].sort();
      expect(outputs[0]).toContain("Applied");
      expect(outputs[1]).toContain("Database schema is up to date.");

      const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
      await client.connect();
      const { rows } = await client.query(
        "SELECT migration_name, count(*)::int AS n FROM _prisma_migrations GROUP BY 1 ORDER BY 1",
      );
      await client.end();
      expect(rows).toEqual(readMigrations().map((migration) => ({ migration_name: migration.name, n: 1 })));
    },
  );
});
