// `npm run apikey:create -- [tenant]`: a new admin API key (every scope) for an existing tenant, named by
// id or name (optional when there is one tenant). The way back into an installation whose admin keys
// are lost or revoked; on the embedded database, run it while the server is stopped.
import { databaseOptionsOf, loadConfig } from "../config/config.js";
import { openDatabase } from "../db/database.js";
import { createLogger } from "../common/logger.js";
import { createApiKey } from "../auth/api-keys.js";
import { SCOPES } from "../auth/scopes.js";
import { isUuid } from "../db/uuid.js";
import { runCli } from "./run.js";

const named = process.argv.slice(2).join(" ");

await runCli(async () => {
  const config = loadConfig();
  const database = await openDatabase(databaseOptionsOf(config, createLogger(config.LOG_LEVEL)));
  try {
    await database.migrate();
    const tenants = await database.prisma.tenant.findMany({
      where: named ? { OR: [...(isUuid(named) ? [{ id: named }] : []), { name: named }] } : {},
      select: { id: true, name: true },
      take: 10,
    });
    if (tenants.length !== 1) {
      const reason =
        tenants.length > 1
          ? `${tenants.length} tenants match; name one by id.`
          : named
            ? `No tenant "${named}".`
            : "No tenant yet: start the service once, or npm run tenant:create -- <name>.";
      const all = await database.prisma.tenant.findMany({
        select: { id: true, name: true },
        orderBy: { createdAt: "asc" },
        take: 20,
      });
      console.error(
        [
          reason,
          ...all.map((tenant) => `  ${tenant.id}  ${tenant.name}`),
          "Usage: npm run apikey:create -- <tenant id or name>",
        ].join("\n"),
      );
      process.exitCode = 1;
      return;
    }
    const tenant = tenants[0]!;
    const { key } = await createApiKey(database.prisma, tenant.id, { name: "recovery admin", scopes: [...SCOPES] });
    console.log(`Created an admin API key for tenant "${tenant.name}" (${tenant.id}), shown only now:\n\n    ${key}\n`);
  } finally {
    await database.close();
  }
});
