// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { databaseOptionsOf, loadConfig } from "../config/config.js";
import { openDatabase } from "../db/database.js";
import { createLogger } from "../common/logger.js";
import { runCli } from "./run.js";

await runCli(async () => {
  const config = loadConfig();
  const database = await openDatabase(databaseOptionsOf(config, createLogger(config.LOG_LEVEL)));
  try {
    const applied = await database.migrate();
    console.log(
      applied.length > 0
        ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
        : "Database schema is up to date.",
    );
  } finally {
    await database.close();
  }
});
