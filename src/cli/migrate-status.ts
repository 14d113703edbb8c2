// `npm run db:status`: which committed migrations the configured database lacks. Exits 1 when some are
// pending. On the embedded database it takes the data directory's lock like the server, so it refuses
// (with one line) while a server holds the directory instead of reading files being written.
import { databaseOptionsOf, loadConfig } from "../config/config.js";
import { openDatabase } from "../db/database.js";
import { readMigrations } from "../db/migrations.js";
import { createLogger } from "../common/logger.js";
import { runCli } from "./run.js";

await runCli(async () => {
  const config = loadConfig();
  const database = await openDatabase(databaseOptionsOf(config, createLogger(config.LOG_LEVEL)));
  try {
    const pending = await database.pendingMigrations();
    const committed = readMigrations().length;
    console.log(`${database.kind}: ${committed - pending.length} of ${committed} migration(s) applied.`);
    if (pending.length > 0) {
      console.log(
        `Pending (applied by npm run db:migrate, or by the next start):\n${pending.map((name) => `  ${name}`).join("\n")}`,
      );
      process.exitCode = 1;
    } else console.log("Database schema is up to date.");
  } finally {
    await database.close();
  }
});
