// `npm run tenant:create -- <name>`: creates a tenant and prints its first admin API key.
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/database.js";
import { createTenant } from "../tenants/tenants.js";
import { runCli } from "./run.js";

await runCli(async () => {
  const name = process.argv.slice(2).join(" ");
  if (!name) throw new Error("Usage: npm run tenant:create -- <name>");
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await database.migrate();
    const { tenant, adminKey } = await createTenant(database.prisma, name);
    console.log(`Created tenant "${tenant.name}" (${tenant.id}). Its admin API key, shown only now:\n\n    ${adminKey}\n`);
  } finally {
    await database.close();
  }
});
