// Wires the service together: database, migrations, first-run bootstrap, HTTP server.
// main.ts runs it as a process; tests start it in-process on a port of their own.
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import { openDatabase, type Database } from "./db/database.js";
import { bootstrapFirstTenant, type NewTenant } from "./tenants/tenants.js";
import { createServer } from "./server/http.js";
import { openSecretBox } from "./crypto/secret-box.js";

export interface RunningService {
  port: number;
  database: Database;
  /** The tenant and admin key created on first start, if this start created them. */
  bootstrap: NewTenant | null;
  stop(): Promise<void>;
}

export async function startService(config: Config, log: Logger): Promise<RunningService> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: config.DATABASE_POOL_SIZE });
  try {
    const applied = await database.migrate();
    log.info({ database: database.kind, applied }, applied.length > 0 ? "applied migrations" : "database schema up to date");
    const bootstrap = await bootstrapFirstTenant(database.prisma, config.BOOTSTRAP_API_KEY);
    const secretBox = openSecretBox(config.SECRETS_KEY, config.DATA_DIR);
    const http = createServer(config, database, secretBox, log);
    const { port } = await http.listen(config.PORT, config.HOST);
    return {
      port,
      database,
      bootstrap,
      async stop() {
        await http.close(config.SHUTDOWN_TIMEOUT_MS);
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
