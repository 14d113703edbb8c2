// Starts the real service in-process on a free loopback port, with its own database, and talks to it
// over HTTP like any client would.
import { Writable } from "node:stream";
import { loadConfig } from "../../src/config/config.js";
import { createLogger } from "../../src/common/logger.js";
import { startService, type RunningService } from "../../src/service.js";
import { createTestDatabase, type TestDatabase } from "./database.js";
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import type { AnyJson } from "./json.js";

export interface GraphQLResponse<Data = Record<string, AnyJson>> {
  status: number;
  headers: Headers;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, AnyJson> }[];
  extensions?: Record<string, AnyJson>;
}

/** A generated document (either module's TypedDocumentString): its text, typed with its result and variables. */
type TypedDocument<Data, Variables> = DocumentTypeDecoration<Data, Variables> & { toString(): string };
type VariablesAndKey<Variables> =
  Variables extends Record<string, never>
    ? [variables?: Variables, key?: string | null]
    : [variables: Variables, key?: string | null];

export interface TestService {
  url: string;
  service: RunningService;
  database: TestDatabase;
  /** The first admin key (all scopes) of the bootstrap tenant. */
  adminKey: string;
  /** Every log line the service wrote, parsed. */
  logs: Record<string, AnyJson>[];
  /**
   * Sends a typed document (client/generated, or test/generated for a test's own graphql(`...`)): its
   * result and variables are checked at type-check time. Operations without variables may omit them.
   */
  gql<Data, Variables>(
    document: TypedDocument<Data, Variables>,
    ...rest: VariablesAndKey<Variables>
  ): Promise<GraphQLResponse<Data>>;
  /** Sends query text as it is: for what no client would send (malformed, hostile or refused documents). */
  gql<Data = Record<string, AnyJson>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string | null,
  ): Promise<GraphQLResponse<Data>>;
  /** Restarts the service on the same database. */
  restart(env?: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * For tests that count the statements a request sends: the process's count includes the worker's,
 * so its polling is put off (new events still wake it).
 */
export const QUIET_WORKER = { WORKER_POLL_INTERVAL_MS: "86400000" };

export async function startTestService(
  env: Record<string, string> = {},
  database?: TestDatabase,
): Promise<TestService> {
  const db = database ?? (await createTestDatabase());
  const logs: Record<string, AnyJson>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line) logs.push(JSON.parse(line));
      done();
    },
  });
  const boot = async (extra: Record<string, string>) => {
    // A busy test machine can hold the embedded database longer than production's 5 s; tests of
    // back-pressure set their own bound.
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "debug",
      DATABASE_ACQUIRE_TIMEOUT_MS: "30000",
      ...db.env,
      ...env,
      ...extra,
    });
    return startService(config, createLogger(config.LOG_LEVEL, sink));
  };
  let service = await boot({});
  if (!service.bootstrap) throw new Error("expected a fresh database");
  const handle: TestService = {
    url: `http://127.0.0.1:${service.port}`,
    service,
    database: db,
    adminKey: service.bootstrap.adminKey,
    logs,
    async gql(
      query: string | TypedDocument<unknown, unknown>,
      variables?: unknown,
      key: string | null = handle.adminKey,
    ): Promise<GraphQLResponse<AnyJson>> {
      const response = await fetch(`${handle.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query: query.toString(), variables }),
      });
      const body = (await response.json()) as {
        data?: AnyJson;
        errors?: AnyJson[];
        extensions?: Record<string, AnyJson>;
      };
      return {
        status: response.status,
        headers: response.headers,
        data: body.data,
        errors: body.errors,
        extensions: body.extensions,
      };
    },
    async restart(extra = {}) {
      await service.stop();
      service = await boot(extra);
      handle.service = service;
      handle.url = `http://127.0.0.1:${service.port}`;
    },
    async stop() {
      await service.stop();
      await db.drop();
    },
  };
  return handle;
}

/** Another process's worth of service (ROLE=worker by default) on an existing test database. */
export async function startExtraService(
  database: TestDatabase,
  env: Record<string, string> = {},
): Promise<RunningService> {
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    ROLE: "worker",
    ...database.env,
    ...env,
  });
  return startService(config, createLogger(config.LOG_LEVEL));
}
