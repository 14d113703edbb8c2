// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/database.js";
import { createLogger } from "../logger.js";
import { runCli } from "./run.js";

await runCli(async () => {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, pgliteSharedBuffersMb: config.PGLITE_SHARED_BUFFERS_MB, log: createLogger(config.LOG_LEVEL) });
  try {
    const applied = await database.migrate();
    console.log(applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database schema is up to date.");
  } finally {
    await database.close();
  }
});
