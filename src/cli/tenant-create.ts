// `npm run tenant:create -- <name>`: creates a tenant and prints its first admin API key.
import { databaseOptionsOf, loadConfig } from "../config/config.js";
import { openDatabase } from "../db/database.js";
import { createLogger } from "../common/logger.js";
import { createTenant } from "../tenants/tenants.js";
import { runCli } from "./run.js";

const name = process.argv.slice(2).join(" ");
if (!name) {
  console.error("Usage: npm run tenant:create -- <name>");
  process.exit(1);
}

await runCli(async () => {
  const config = loadConfig();
  const database = await openDatabase(databaseOptionsOf(config, createLogger(config.LOG_LEVEL)));
  try {
    await database.migrate();
    const { tenant, adminKey } = await createTenant(database.prisma, name);
    console.log(
      `Created tenant "${tenant.name}" (${tenant.id}). Its admin API key, shown only now:\n\n    ${adminKey}\n`,
    );
  } finally {
    await database.close();
  }
});
