// Opens the database: embedded PGlite on disk by default, a PostgreSQL server when DATABASE_URL is set.
// Both go through Prisma driver adapters, so the rest of the service sees one PrismaClient.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
// Each database's driver is imported when that database is opened: a PostgreSQL process never loads
// PGlite's WebAssembly build (~30 MB resident), and an embedded one never loads pg.
import type pg from "pg";
import { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../common/logger.js";
import { isNamedStatement, type RunSql } from "./sql.js";
import { statementNamer } from "./statement-names.js";
import { DEFAULT_SHARED_BUFFERS_MB, compilePGliteModule } from "./pglite-wasm.js";
import { appliedMigrationNames, applyMigrations, readMigrations, type SqlSession } from "./migrations.js";
import type { PoolUsage } from "../metrics/metrics.js";
import { SpanKind, inSpan, type Tracing } from "../tracing/tracing.js";
import { codeOf } from "../common/errors.js";

type AdapterFactory = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];

export type DatabaseKind = "pglite" | "postgresql";

export interface DatabaseOptions {
  /** postgresql:// URL; when absent, PGlite in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
  /** PostgreSQL: prepare recurring statements (statement-names.ts); default false (see docs/operations.md, DATABASE_PREPARED_STATEMENTS). */
  preparedStatements?: boolean;
  /** How long a statement may wait for a pooled connection before it fails (isDatabaseBusy in errors.ts; PostgreSQL only). */
  acquireTimeoutMs?: number;
  /** Where connection trouble that no query is waiting on goes (a server restart, a dropped LISTEN). */
  log: Logger;
  /** When set, each statement is a span (through `sql` or Prisma). */
  tracing?: Tracing | null;
  /** PGlite's shared_buffers, MB (see pglite-wasm.ts); default DEFAULT_SHARED_BUFFERS_MB. */
  pgliteSharedBuffersMb?: number;
}

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** Applies pending migrations; returns the names it applied. */
  migrate(): Promise<string[]>;
  /** Runs a statement on the driver, past Prisma (see sql.ts): for the hottest paths. */
  sql: RunSql;
  /**
   * The delivery worker's runner, with planner settings (QUEUE_SETTINGS) that keep the queue's
   * statements on their indexes: on PostgreSQL connections of its own, on PGlite per transaction.
   */
  queueSql: RunSql;
  /** SQL statements issued since open, through Prisma or `sql` (for tests and benchmarks). */
  statementCount(): number;
  /** Throws unless the database answers and every committed migration is applied. */
  checkReady(): Promise<void>;
  /** Names of the committed migrations not applied yet (all of them on an empty database). */
  pendingMigrations(): Promise<string[]>;
  /**
   * Calls `onNotify` with the payload of each NOTIFY on `channel` (from this process or, on PostgreSQL,
   * any other), and with "" when a lost listening connection is back (notifications in between are
   * lost). Returns a function that stops listening.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Holds the session advisory lock `key` whenever this process can (PostgreSQL: on a connection of
   * its own, tried at once and then every `retryMs`; a holder that stops or loses its connection
   * lets it go). `onHeld` is called each time it is taken. On PGlite, one process: always held.
   */
  holdLock(key: number, retryMs: number, onHeld: () => void): Promise<SessionLock>;
  /** Reads the connection pool's use, for the metrics; null on PGlite (one connection inside the process). */
  poolUsage: (() => PoolUsage) | null;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const tracing = options.tracing ?? null;
  return options.databaseUrl
    ? openPostgres(
        options.databaseUrl,
        options.poolSize ?? 10,
        options.acquireTimeoutMs ?? 5000,
        options.preparedStatements ?? false,
        tracing,
        options.log,
      )
    : openPGlite(options.dataDir, options.pgliteSharedBuffersMb ?? DEFAULT_SHARED_BUFFERS_MB, tracing, options.log);
}

/**
 * A Prisma client and a direct statement runner that count the statements they send, and with tracing
 * make each a span.
 */
function countingClients(
  adapter: AdapterFactory,
  query: (text: string, values: unknown[]) => Promise<Record<string, unknown>[]>,
  tracing: Tracing | null,
) {
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  let count = 0;
  client.$on("query", () => {
    count += 1;
  });
  /** A runner over `send` (another pool's query) that counts and traces like `sql`. */
  const runner =
    (send: typeof query): RunSql =>
    (statement) => {
      const go = () => {
        count += 1;
        return send(statement.text, statement.values);
      };
      return tracing
        ? inSpan(
            tracing,
            `db ${/^\s*(?:\/\*.*?\*\/\s*)?(\w+)/.exec(statement.text)?.[1]?.toUpperCase() ?? "query"}`,
            { kind: SpanKind.CLIENT, attributes: { "db.system.name": "postgresql", "db.query.text": statement.text } },
            go,
          )
        : go();
    };
  const sql = runner(query);
  const prisma = tracing
    ? client.$extends({
        query: {
          $allOperations: ({ model, operation, args, query: next }) =>
            inSpan(
              tracing,
              `prisma ${model ? `${model}.` : ""}${operation}`,
              {
                kind: SpanKind.CLIENT,
                attributes: {
                  "db.system.name": "postgresql",
                  "db.operation.name": operation,
                  ...(model ? { "db.collection.name": model } : {}),
                },
              },
              () => next(args),
            ),
        },
      })
    : client;
  // The traced client is an extension of the same client: every model and method the service uses is
  // there, but TypeScript types it apart; PrismaClient is what the rest of the code knows.
  return { prisma: prisma as PrismaClient, sql, runner, statementCount: () => count };
}

/** The committed migrations (names read from disk once) the database lacks, and readiness built on it. */
function migrationChecks(session: Pick<SqlSession, "query">): Pick<Database, "checkReady" | "pendingMigrations"> {
  const committed = readMigrations().map((migration) => migration.name);
  const pendingMigrations = async () => {
    const applied = await appliedMigrationNames(session).catch((error: unknown) => {
      // No migration table yet: nothing is applied.
      if (codeOf(error) === "42P01") return new Set<string>();
      throw error;
    });
    return committed.filter((name) => !applied.has(name));
  };
  return {
    pendingMigrations,
    async checkReady() {
      const pending = await pendingMigrations();
      if (pending.length > 0) throw new Error(`${pending.length} migration(s) not applied: ${pending.join(", ")}`);
    },
  };
}

export interface SessionLock {
  held(): boolean;
  release(): Promise<void>;
}

/** The embedded database's directory is held by another live process. */
export class DataDirInUseError extends Error {}

/** Where PGlite keeps its files inside the service's data directory (prisma.config.ts says the same). */
function pgliteDir(dataDir: string): string {
  return path.join(dataDir, "pglite");
}

/**
 * PGlite is one connection inside one process: two processes on the same directory would corrupt it.
 * A lock file with the owner's pid refuses the second one with a clear message.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "hookrelay.pid");
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch (error) {
    if (codeOf(error) !== "EEXIST") throw error;
    const owner = Number(readFileSync(lockFile, "utf8"));
    if (owner !== process.pid && isAlive(owner)) {
      throw new DataDirInUseError(
        `Data directory ${dataDir} is in use by process ${owner}. The embedded database serves one process; stop it, or set DATABASE_URL to share a PostgreSQL server.`,
      );
    }
    writeFileSync(lockFile, String(process.pid)); // left behind by a process that died
  }
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === "EPERM";
  }
}

async function openPGlite(
  dataDir: string,
  sharedBuffersMb: number,
  tracing: Tracing | null,
  log: Logger,
): Promise<Database> {
  const [{ PGlite }, { PrismaPGlite }, wasmModule] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
    compilePGliteModule(sharedBuffersMb),
  ]);
  if (!wasmModule)
    log.warn(
      "this PGlite build has no baked-in shared_buffers to rewrite: it runs with its own (128 MB, all resident)",
    );
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  const pglite = await PGlite.create(pgliteDir(dataDir), wasmModule ? { wasmModule } : {}).catch((error: unknown) => {
    unlock();
    throw error;
  });
  // pglite-prisma-adapter 0.6, the last for Prisma 6, is built on driver-adapter-utils 6.10: package.json
  // overrides that with the client's own 6.19, so the adapter's types are the ones the client takes.
  const { prisma, sql, runner, statementCount } = countingClients(
    new PrismaPGlite(pglite),
    async (text, values) => (await pglite.query<Record<string, unknown>>(text, values)).rows,
    tracing,
  );
  // One connection serves the API too, so the queue's settings hold for its statements' transactions only.
  const queueSql = runner(
    async (text, values) =>
      (
        await pglite.transaction(async (tx) => {
          await tx.exec(QUEUE_TRANSACTION_SETTINGS);
          return tx.query<Record<string, unknown>>(text, values);
        })
      ).rows,
  );
  return {
    kind: "pglite",
    prisma,
    sql,
    queueSql,
    statementCount,
    // PGlite holds a single connection, so the instance itself is the migration session.
    migrate: () => applyMigrations(pglite),
    ...migrationChecks(pglite),
    listen: async (channel, onNotify) => {
      const unlisten = await pglite.listen(channel, onNotify);
      // Closing the database ends its listeners too; UNLISTEN afterwards would fail.
      return async () => {
        if (!pglite.closed) await unlisten();
      };
    },
    holdLock: async (_key, _retryMs, onHeld) => {
      onHeld();
      return { held: () => true, release: async () => {} };
    },
    poolUsage: null,
    async close() {
      if (pglite.closed) return;
      await prisma.$disconnect();
      await pglite.close();
      unlock();
    },
  };
}

/**
 * The delivery worker's sessions. Its claim must walk the queue's index in due order and stop after
 * a batch, whatever the size of the queue; without fresh statistics (a table filled since the last
 * ANALYZE, or autovacuum off) the planner instead read every due row into a bitmap, sorted them and
 * hashed the events table, per claim: 0.2 ms of PostgreSQL per delivery instead of 0.05 while a
 * queue of 50,000 drained, and slower as it grew. Every statement the worker sends finds its rows by
 * index, so hash and merge joins and bitmap scans are switched off for these sessions only. Its
 * statements keep the plan made when first prepared (prepared statements, database.ts), over the
 * partitions within their created_at bounds (delivery-queue.ts): left to choose, PostgreSQL planned
 * every claim afresh once the deliveries table had a month of daily partitions (the generic plan's
 * estimate covers all of them), 0.73 ms a claim against 0.21 ms with the kept plan (pgbench, 37
 * partitions). Planning each claim afresh also doubled PostgreSQL's CPU per delivery before the
 * tables were partitioned, 1.5 to 3.0-3.5 ms at one delivery per event.
 */
const QUEUE_SETTINGS = {
  enable_hashjoin: "off",
  enable_mergejoin: "off",
  enable_bitmapscan: "off",
  plan_cache_mode: "force_generic_plan",
};
const QUEUE_SESSION_SETTINGS = Object.entries(QUEUE_SETTINGS)
  .map(([name, value]) => `-c ${name}=${value}`)
  .join(" ");
const QUEUE_TRANSACTION_SETTINGS = Object.entries(QUEUE_SETTINGS)
  .map(([name, value]) => `SET LOCAL ${name} = ${value};`)
  .join(" ");
/** The worker claims and writes one statement at a time each, with releases and diversions beside them. */
const QUEUE_POOL_SIZE = 4;

async function openPostgres(
  databaseUrl: string,
  poolSize: number,
  acquireTimeoutMs: number,
  preparedStatements: boolean,
  tracing: Tracing | null,
  log: Logger,
): Promise<Database> {
  const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: acquireTimeoutMs });
  // An idle connection the server closes (restart, failover, terminated backend) is dropped from the
  // pool and replaced on next use; without a listener its 'error' would crash the process.
  let closing = false;
  const idleConnectionLost = (error: Error) => {
    if (!closing) log.warn({ err: error }, "idle database connection lost");
  };
  pool.on("error", idleConnectionLost);
  // Named statements (sql.ts) are prepared on every connection; with preparedStatements, any that recurs.
  const namer = statementNamer();
  const nameOf = preparedStatements ? namer : (text: string) => (isNamedStatement(text) ? namer(text) : "");
  const { prisma, sql, runner, statementCount } = countingClients(
    new PrismaPg(pool, { statementNameGenerator: (query) => nameOf(query.sql) }),
    async (text, values) => (await pool.query<Record<string, unknown>>({ name: nameOf(text), text, values })).rows,
    tracing,
  );
  // Opened on first use: an API process never claims, so never connects it.
  const queuePool = new pg.Pool({
    connectionString: databaseUrl,
    max: QUEUE_POOL_SIZE,
    connectionTimeoutMillis: acquireTimeoutMs,
    options: QUEUE_SESSION_SETTINGS,
  });
  queuePool.on("error", idleConnectionLost);
  const queueSql = runner(
    async (text, values) => (await queuePool.query<Record<string, unknown>>({ name: nameOf(text), text, values })).rows,
  );
  return {
    kind: "postgresql",
    prisma,
    sql,
    queueSql,
    statementCount,
    async migrate() {
      // The advisory lock belongs to a session: hold one connection for the whole run.
      const client = await pool.connect();
      try {
        return await applyMigrations({
          query: (sql, params) => client.query(sql, params),
          exec: (sql) => client.query(sql),
        });
      } finally {
        client.release();
      }
    },
    ...migrationChecks(pool),
    listen: (channel, onNotify) => listenOnPostgres(pg, databaseUrl, channel, onNotify, log),
    holdLock: (key, retryMs, onHeld) => holdLockOnPostgres(pg, databaseUrl, key, retryMs, onHeld, log),
    poolUsage: () => ({ size: pool.totalCount, inUse: pool.totalCount - pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      if (closing) return;
      closing = true;
      await prisma.$disconnect();
      await Promise.all([pool.end(), queuePool.end()]);
    },
  };
}

const RELISTEN_DELAY_MS = 1000;

async function holdLockOnPostgres(
  driver: typeof pg,
  databaseUrl: string,
  key: number,
  retryMs: number,
  onHeld: () => void,
  log: Logger,
): Promise<SessionLock> {
  let client: pg.Client | null = null;
  let held = false;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const lose = () => {
    held = false;
    client?.end().catch(() => undefined);
    client = null;
  };
  const tryLater = () => {
    if (!stopped) retry = setTimeout(() => void attempt(), retryMs);
  };
  const attempt = async (): Promise<void> => {
    try {
      if (!client) {
        const next = new driver.Client({ connectionString: databaseUrl });
        next.on("error", (error) => {
          if (next !== client) return;
          log.warn({ err: error, key }, "lock connection lost; trying again");
          lose();
          clearTimeout(retry);
          tryLater();
        });
        client = next;
        await next.connect();
      }
      const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [key]);
      held = rows[0]?.locked === true;
    } catch {
      lose();
    }
    if (stopped) return lose();
    if (held) onHeld();
    else tryLater();
  };
  await attempt();
  return {
    held: () => held,
    async release() {
      stopped = true;
      clearTimeout(retry);
      lose();
    },
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries), reconnecting
 * when it drops. While disconnected, notifications are missed; the worker's polling covers the gap.
 */
async function listenOnPostgres(
  driver: typeof pg,
  databaseUrl: string,
  channel: string,
  onNotify: (payload: string) => void,
  log: Logger,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const next = new driver.Client({ connectionString: databaseUrl });
    next.on("notification", (message) => onNotify(message.payload ?? ""));
    next.on("error", (error) => {
      log.warn({ err: error, channel }, "LISTEN connection lost; reconnecting");
      next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), RELISTEN_DELAY_MS);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${driver.escapeIdentifier(channel)}`);
    } catch (error) {
      next.end().catch(() => undefined);
      if (stopped) return;
      log.warn({ err: error, channel }, "LISTEN failed; retrying");
      retry = setTimeout(() => void connect().catch(() => undefined), RELISTEN_DELAY_MS);
      return;
    }
    client = next;
    onNotify(""); // anything queued while no connection was listening
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
