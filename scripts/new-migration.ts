// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that takes the committed migrations to prisma/schema.prisma. Offline, and never touching your
// database: it applies the committed migrations to a scratch PGlite directory and lets Prisma's
// (WebAssembly) schema engine compare that with the schema.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/database.js";
import { migrationsDir } from "../src/db/migrations.js";
import { createLogger } from "../src/common/logger.js";

const PARTITIONED_TABLE_DIFFERENCES =
  /"(events|deliveries|delivery_attempts|incoming_events|incoming_requests)_pkey"|"(deliveries_event_id|delivery_attempts_delivery_id|incoming_events_request_id)_fkey"/;

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lowercase letters, digits and _)");
  process.exit(1);
}

const scratch = mkdtempSync(path.join(tmpdir(), "hookrelay-migration-"));
try {
  const database = await openDatabase({ dataDir: scratch, log: createLogger("warn") });
  await database.migrate();
  await database.close();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: scratch };
  delete env.DATABASE_URL;
  // Prisma's schema engine cannot diff "migrations so far" against the schema through the PGlite adapter
  // (its shadow database rejects multi-statement scripts), so: introspect the migrated scratch database
  // into a datamodel, then diff that datamodel against prisma/schema.prisma, which needs no database.
  const prisma = (args: string[]) =>
    execFileSync("npx", ["prisma", ...args], { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const current = path.join(scratch, "current.prisma");
  const pulled = prisma(["db", "pull", "--print"]);
  // The CLI prints its own status lines before the datamodel on stdout.
  writeFileSync(current, pulled.slice(pulled.search(/^(\/\/|generator |datasource )/m)));
  const diff = prisma([
    "migrate",
    "diff",
    "--from-schema-datamodel",
    current,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ]);
  // What the schema cannot say about the partitioned history tables (migration
  // 20261207080000_history_partitions): their primary keys hold the time, and they have no foreign keys
  // between them. Prisma would "fix" both; its steps for them are left out.
  const sql = diff
    .split(/\n\s*\n/)
    .filter((step) => !PARTITIONED_TABLE_DIFFERENCES.test(step))
    .join("\n\n");
  if (!/^\s*(ALTER|CREATE|DROP|COMMENT)\b/im.test(sql)) {
    console.log("prisma/schema.prisma matches the committed migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir);
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql: review it, then commit it.`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
