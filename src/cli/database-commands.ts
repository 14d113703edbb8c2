// The `hookrelay` commands that work on the configured database directly (DATABASE_URL, or the embedded
// one's data directory): migrate, status, tenant create, apikey create. On the embedded database they
// take its lock like the server, so they refuse with one line while a server holds the directory.
import { ConfigError, databaseOptionsOf, loadConfig } from "../config/config.js";
import { DataDirInUseError, openDatabase, type Database } from "../db/database.js";
import { readMigrations } from "../db/migrations.js";
import { createLogger } from "../common/logger.js";
import { createApiKey } from "../auth/api-keys.js";
import { SCOPES, isScope, type Scope } from "../auth/scopes.js";
import { isUuid } from "../db/uuid.js";
import { createTenant } from "../tenants/tenants.js";
import { ServiceError } from "../common/errors.js";
import { CommandFailed, UsageError } from "./errors.js";

/** Runs a task on the configured database; what it may expectedly meet fails the command with its message. */
async function withDatabase<Result>(task: (database: Database) => Promise<Result>): Promise<Result> {
  try {
    const config = loadConfig();
    const database = await openDatabase(databaseOptionsOf(config, createLogger(config.LOG_LEVEL)));
    try {
      return await task(database);
    } finally {
      await database.close();
    }
  } catch (error) {
    const expected =
      error instanceof ConfigError || error instanceof ServiceError || error instanceof DataDirInUseError;
    throw expected ? new CommandFailed(error.message, { cause: error }) : error;
  }
}

/** `hookrelay migrate`: applies pending migrations. */
export const migrate = () =>
  withDatabase(async (database) => {
    const applied = await database.migrate();
    console.log(
      applied.length > 0
        ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
        : "Database schema is up to date.",
    );
  });

/** `hookrelay status`: which committed migrations the database lacks; exit code 1 when some are pending. */
export const status = () =>
  withDatabase(async (database) => {
    const pending = await database.pendingMigrations();
    const committed = readMigrations().length;
    console.log(`${database.kind}: ${committed - pending.length} of ${committed} migration(s) applied.`);
    if (pending.length === 0) return console.log("Database schema is up to date.");
    console.log(
      `Pending (applied by hookrelay migrate, or by the next start):\n${pending.map((name) => `  ${name}`).join("\n")}`,
    );
    process.exitCode = 1;
  });

/** `hookrelay tenant create <name>`: a tenant and its first admin key. */
export const createTenantCommand = (name: string) =>
  withDatabase(async (database) => {
    await database.migrate();
    const { tenant, adminKey } = await createTenant(database.prisma, name);
    console.log(
      `Created tenant "${tenant.name}" (${tenant.id}). Its admin API key, shown only now:\n\n    ${adminKey}\n`,
    );
  });

/** Scopes as the command line takes them (webhooks:view, or the API's WEBHOOKS_VIEW); every scope by default. */
export function parseScopes(list: string | undefined): Scope[] {
  if (!list) return [...SCOPES];
  return list.split(",").map((given) => {
    const scope = given.trim().toLowerCase().replace("_", ":");
    if (!isScope(scope)) throw new UsageError(`Unknown scope "${given}"; the scopes are ${SCOPES.join(", ")}.`);
    return scope;
  });
}

/**
 * `hookrelay apikey create`: a key for an existing tenant, named by id or name (optional when there is
 * one). With every scope by default, it is the way back into an installation whose admin keys are lost.
 */
export const createApiKeyCommand = (options: { tenant?: string; scopes: Scope[]; name: string; project?: string }) =>
  withDatabase(async (database) => {
    await database.migrate();
    const named = options.tenant ?? "";
    const tenants = await database.prisma.tenant.findMany({
      where: named ? { OR: [...(isUuid(named) ? [{ id: named }] : []), { name: named }] } : {},
      select: { id: true, name: true },
      take: 10,
    });
    if (tenants.length !== 1) {
      const reason =
        tenants.length > 1
          ? `${tenants.length} tenants match; name one with --tenant <id or name>.`
          : named
            ? `No tenant "${named}".`
            : "No tenant yet: start the service once, or hookrelay tenant create <name>.";
      const all = await database.prisma.tenant.findMany({
        select: { id: true, name: true },
        orderBy: { createdAt: "asc" },
        take: 20,
      });
      throw new UsageError([reason, ...all.map((tenant) => `  ${tenant.id}  ${tenant.name}`)].join("\n"));
    }
    const tenant = tenants[0]!;
    const { key } = await createApiKey(database.prisma, tenant.id, {
      name: options.name,
      scopes: options.scopes,
      projectId: options.project,
    });
    const what =
      options.scopes.length === SCOPES.length ? "an admin API key" : `an API key (${options.scopes.join(", ")})`;
    console.log(`Created ${what} for tenant "${tenant.name}" (${tenant.id}), shown only now:\n\n    ${key}\n`);
  });
