// Recurring statements are prepared on PostgreSQL (parsed and planned once per connection), through
// Prisma and through the direct runner alike; one-off texts are not, and the switch turns it off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { Prisma } from "../src/generated/prisma/client.js";
import { openDatabase, type Database } from "../src/db/database.js";
import { selectRows } from "../src/db/sql.js";
import { statementNamer } from "../src/db/statement-names.js";
import { createLogger } from "../src/common/logger.js";
import { createTestDatabase, type TestDatabase } from "./support/database.js";

describe("statementNamer", () => {
  it("names a text the second time it is seen, and always the same name after", () => {
    const nameOf = statementNamer();
    expect(nameOf("SELECT 1")).toBe("");
    const name = nameOf("SELECT 1");
    expect(name).not.toBe("");
    expect(nameOf("SELECT 1")).toBe(name);
    expect(nameOf("SELECT 2")).toBe("");
    const other = nameOf("SELECT 2");
    expect(other).not.toBe("");
    expect(other).not.toBe(name);
  });

  it("names at most maxNamed texts; the rest stay unnamed, the named keep their names", () => {
    const nameOf = statementNamer(2);
    const names = ["a", "b", "c"].map((text) => [nameOf(text), nameOf(text)][1]);
    expect(names[0]).not.toBe("");
    expect(names[1]).not.toBe("");
    expect(names[2]).toBe("");
    expect(nameOf("a")).toBe(names[0]);
  });

  it("forgets texts seen once when too many are (a text built per call never fills memory)", () => {
    const nameOf = statementNamer(10, 3);
    nameOf("x");
    for (const text of ["p", "q", "r"]) nameOf(text);
    // "x" was forgotten with the others when the fourth one-off text arrived.
    expect(nameOf("x")).toBe("");
    expect(nameOf("x")).not.toBe("");
  });
});

let testDatabase: TestDatabase;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});

afterAll(async () => {
  await testDatabase?.drop();
});

const preparedRow = z.object({ statement: z.string() });

describe.runIf(process.env.TEST_DATABASE_URL)("prepared statements on PostgreSQL", () => {
  /** One connection, so the statements prepared on it are the ones this session sees. */
  async function withDatabase(
    preparedStatements: boolean,
    check: (database: Database) => Promise<void>,
  ): Promise<void> {
    const database = await openDatabase({
      databaseUrl: testDatabase.env.DATABASE_URL,
      dataDir: testDatabase.env.DATA_DIR,
      poolSize: 1,
      preparedStatements,
      log: createLogger("silent"),
    });
    try {
      await database.migrate();
      await check(database);
    } finally {
      await database.close();
    }
  }
  const prepared = (database: Database) =>
    selectRows(database.sql, preparedRow, Prisma.sql`SELECT statement FROM pg_prepared_statements`);
  const direct = (database: Database) =>
    database.sql(Prisma.sql`SELECT count(*) AS tenants_direct FROM tenants WHERE name <> ${"-"}`);
  const throughPrisma = (database: Database) => database.prisma.tenant.count({ where: { name: { not: "-" } } });

  it("prepares what recurs, through Prisma and the direct runner", async () => {
    await withDatabase(true, async (database) => {
      for (let round = 0; round < 3; round += 1) {
        await direct(database);
        await throughPrisma(database);
      }
      const statements = (await prepared(database)).map((row) => row.statement);
      expect(statements.some((text) => text.includes("tenants_direct"))).toBe(true);
      expect(statements.some((text) => /FROM "public"\."tenants"/.test(text))).toBe(true);
    });
  });

  it("prepares nothing with DATABASE_PREPARED_STATEMENTS=false (the default)", async () => {
    await withDatabase(false, async (database) => {
      for (let round = 0; round < 3; round += 1) {
        await direct(database);
        await throughPrisma(database);
      }
      expect(await prepared(database)).toEqual([]);
    });
  });
});
