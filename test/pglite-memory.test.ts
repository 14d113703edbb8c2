// The embedded database's shared_buffers (src/db/pglite-wasm.ts): PGlite bakes 128 MB into its build and
// zero-fills it at start; the service starts it with PGLITE_SHARED_BUFFERS_MB instead.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/config.js";
import { openDatabase, type Database } from "../src/db/database.js";
import { selectRows } from "../src/db/sql.js";
import { Prisma } from "../src/generated/prisma/client.js";
import { createLogger } from "../src/common/logger.js";
import { z } from "zod";

const opened: { database: Database; dir: string }[] = [];
afterEach(async () => {
  for (const { database, dir } of opened.splice(0)) {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function sharedBuffers(sharedBuffersMb?: number): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "hookrelay-pglite-memory-"));
  const database = await openDatabase({
    dataDir: dir,
    log: createLogger("silent"),
    pgliteSharedBuffersMb: sharedBuffersMb,
  });
  opened.push({ database, dir });
  const [row] = await selectRows(
    database.sql,
    z.object({ value: z.string() }),
    Prisma.sql`SELECT current_setting('shared_buffers') AS value`,
  );
  return row!.value;
}

describe("the embedded database's shared_buffers", () => {
  it("is 16 MB unless told otherwise, and takes the configured size", async () => {
    expect(loadConfig({}).PGLITE_SHARED_BUFFERS_MB).toBe(16);
    expect(await sharedBuffers()).toBe("16MB");
    expect(await sharedBuffers(40)).toBe("40MB");
  });

  it("refuses a size the build cannot take, naming the variable", () => {
    expect(() => loadConfig({ PGLITE_SHARED_BUFFERS_MB: "1000" })).toThrow(/PGLITE_SHARED_BUFFERS_MB.*at most 999/);
    expect(() => loadConfig({ PGLITE_SHARED_BUFFERS_MB: "0" })).toThrow(/PGLITE_SHARED_BUFFERS_MB.*positive/);
  });
});
