// Configuration comes from the environment only, validated once at start.
import { z } from "zod";
import { parseSecretsKey } from "../crypto/secret-box.js";
import { API_KEY_PATTERN } from "../auth/api-keys.js";
import { DEFAULT_SHARED_BUFFERS_MB, MAX_SHARED_BUFFERS_MB } from "../db/pglite-wasm.js";
import type { DatabaseOptions } from "../db/database.js";
import type { Logger } from "../common/logger.js";

/** What a process does: serve the API and deliver (all), or one of them. */
export const ROLES = ["all", "api", "worker"] as const;

const booleanFromEnv = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .transform((value) => value === "true" || value === "1");

const positiveInt = z.coerce
  .number({ message: "must be a number" })
  .int("must be a whole number")
  .positive("must be positive");

const configSchema = z
  .object({
    PORT: z.coerce
      .number({ message: "must be a number" })
      .int()
      .min(0)
      .max(65535, "must be a port number (0-65535)")
      .default(4000),
    HOST: z.string().min(1).default("0.0.0.0"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    DATABASE_POOL_SIZE: positiveInt.default(10),
    DATABASE_ACQUIRE_TIMEOUT_MS: positiveInt.default(5000),
    DATABASE_CONNECT_TIMEOUT_MS: positiveInt.default(60_000),
    DATABASE_PREPARED_STATEMENTS: booleanFromEnv.default(false),
    PGLITE_SHARED_BUFFERS_MB: positiveInt
      .max(MAX_SHARED_BUFFERS_MB, `must be at most ${MAX_SHARED_BUFFERS_MB}`)
      .default(DEFAULT_SHARED_BUFFERS_MB),
    NODE_ENV: z.string().optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    BOOTSTRAP_API_KEY: z
      .string()
      .regex(API_KEY_PATTERN, "must look like whk_XXXXXXXX_<at least 32 characters> (see docs/operations.md)")
      .optional(),
    CORS_ORIGINS: z
      .string()
      .transform((value) =>
        value
          .split(",")
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(
            z
              .string()
              .regex(
                /^(\*|https?:\/\/[^/\s,]+)$/,
                'must be "*" or origins like https://app.example.com, comma-separated',
              ),
          )
          .min(1),
      )
      .default(["*"]),
    GRAPHIQL: booleanFromEnv.default(true),
    // CSP frame-ancestors of the portal's page: who may embed it in an iframe.
    PORTAL_FRAME_ANCESTORS: z
      .string()
      .trim()
      .regex(
        /^('none'|'self'|(\s*('self'|https?:\/\/[^\s;,']+))+)$/,
        "must be 'none', or 'self' and origins like https://app.example.com, separated by spaces",
      )
      .default("'self'"),
    INTROSPECTION: booleanFromEnv.default(true),
    MAX_QUERY_DEPTH: positiveInt.default(12),
    MAX_QUERY_ALIASES: positiveInt.default(30),
    MAX_QUERY_COST: positiveInt.default(10_000),
    MAX_REQUEST_BYTES: positiveInt.default(1_048_576),
    MAX_CONCURRENT_REQUESTS: positiveInt.default(256),
    MAX_SUBSCRIPTIONS_PER_KEY: positiveInt.max(10_000, "must be at most 10000").default(20),
    SSE_MAX_UNSENT_BYTES: positiveInt.min(16_384, "must be at least 16384").default(1024 * 1024),
    API_KEY_CACHE_SECONDS: positiveInt.max(3600, "must be at most 3600").default(30),
    SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
    ROLE: z.enum(ROLES, { message: "must be all, api or worker" }).default("all"),
    WORKER_CONCURRENCY: positiveInt.max(1000, "must be at most 1000").default(64),
    WORKER_POLL_INTERVAL_MS: positiveInt.default(1000),
    WORKER_LEASE_SECONDS: positiveInt.max(3600, "must be at most 3600").default(30),
    // Retention (retention/history-retention.ts): days kept when a tenant says nothing, the most a tenant may
    // ask for, how often the worker's pass runs and how many rows one of its deletions removes.
    RETENTION_DEFAULT_DAYS: positiveInt.max(3650, "must be at most 3650").default(30),
    RETENTION_MAX_DAYS: positiveInt.max(3650, "must be at most 3650").default(90),
    RETENTION_INTERVAL_SECONDS: positiveInt.max(86_400, "must be at most 86400").default(60),
    RETENTION_BATCH_SIZE: positiveInt.max(100_000, "must be at most 100000").default(1000),
    // The length of a retention day and of a history partition. Shorter only for soak tests.
    HISTORY_DAY_SECONDS: positiveInt
      .min(60, "must be at least 60")
      .max(86_400, "must be at most 86400")
      .default(86_400),
    ALLOW_PRIVATE_DESTINATIONS: booleanFromEnv.default(false),
    PUBLIC_URL: z
      .string()
      .url("must be an absolute URL")
      .regex(/^https?:\/\//, "must be an http or https URL")
      .transform((value) => value.replace(/\/+$/, ""))
      // Unset: http://localhost:PORT (or HOST:PORT), see defaultPublicUrl.
      .optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: z
      .string()
      .url("must be an absolute URL")
      .regex(/^https?:\/\//, "must be an http or https URL (OTLP over HTTP)")
      .optional(),
    OTEL_SERVICE_NAME: z.string().min(1).default("hookrelay"),
    INCOMING_RATE_LIMIT: positiveInt.default(50),
    INCOMING_RATE_BURST: positiveInt.default(100),
    INCOMING_MAX_BODY_BYTES: positiveInt.default(1_048_576),
    SECRETS_KEY: z
      .string()
      .refine(
        (value) => parseSecretsKey(value) !== null,
        "must be 32 bytes, base64 or hex (e.g. `openssl rand -base64 32`)",
      )
      .optional(),
  })
  .superRefine((config, context) => {
    // Several processes share a PostgreSQL server, so they cannot each generate their own key.
    if (config.DATABASE_URL && !config.SECRETS_KEY) {
      context.addIssue({
        code: "custom",
        path: ["SECRETS_KEY"],
        message: "is required with DATABASE_URL (32 bytes, base64 or hex; e.g. `openssl rand -base64 32`)",
      });
    }
    if (config.RETENTION_DEFAULT_DAYS > config.RETENTION_MAX_DAYS) {
      context.addIssue({
        code: "custom",
        path: ["RETENTION_DEFAULT_DAYS"],
        message: `must be at most RETENTION_MAX_DAYS (${config.RETENTION_MAX_DAYS})`,
      });
    }
    // The embedded database serves one process, which must then do both jobs.
    if (config.ROLE !== "all" && !config.DATABASE_URL) {
      context.addIssue({
        code: "custom",
        path: ["ROLE"],
        message: `${config.ROLE} needs DATABASE_URL: with the embedded database one process serves the API and delivers (ROLE=all)`,
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

/** Which database the configuration names, as every process and command-line task opens it. */
export const databaseOptionsOf = (config: Config, log: Logger): DatabaseOptions => ({
  databaseUrl: config.DATABASE_URL,
  preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
  dataDir: config.DATA_DIR,
  pgliteSharedBuffersMb: config.PGLITE_SHARED_BUFFERS_MB,
  log,
});

/** Whether the process serves the GraphQL API and incoming webhooks (ROLE all or api), not only delivers. */
export const servesApi = (config: Pick<Config, "ROLE">): boolean => config.ROLE !== "worker";

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
}
