// The GraphQL endpoint: graphql-yoga over the Pothos schema, with query limits and error masking.
import { createYoga, type Plugin, type YogaInitialContext, type YogaServerInstance } from "graphql-yoga";
import { GRAPHIQL_PAGE } from "./graphiql-tabs.js";
import { GraphQLError, NoSchemaIntrospectionCustomRule, getOperationAST } from "graphql";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { useGraphQlJit } from "@envelop/graphql-jit";
import { useGraphQLSSE } from "@graphql-yoga/plugin-graphql-sse";
import { PothosValidationError } from "@pothos/core";
import { Prisma } from "../generated/prisma/client.js";
import type { Database } from "../db/database.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../common/logger.js";
import type { Context } from "../schema/context.js";
import type { SecretBox } from "../crypto/secret-box.js";
import type { DeliverySenders } from "../delivery/attempt.js";
import type { PluginDirectory } from "../incoming/plugins/registered-plugins.js";
import { wholeTenant } from "../auth/owner.js";
import { authenticate, type ApiKeyCache } from "../auth/api-keys.js";
import { ServiceError, ValidationError } from "../common/errors.js";
import { isDatabaseBusy } from "../db/errors.js";
import { BUSY_EXTENSIONS, BUSY_MESSAGE, RETRY_AFTER_SECONDS } from "./busy.js";
import { schema } from "../schema/index.js";
import { createStores } from "../schema/stores.js";
import { requestState } from "./request-context.js";
import { limitDocumentNesting } from "./document-nesting.js";
import { limitQueryCost } from "./query-cost.js";
import { DEFAULT_PAGE_SIZE } from "../schema/builder.js";
import { refuseUnstorableText } from "./unstorable-text.js";
import { MAX_JSON_DEPTH } from "../common/validation.js";
import { createEventWriter, type EventStore } from "../events/events.js";
import type { EventCatalogue } from "../events/event-catalogue.js";
import { SpanStatusCode, context, trace, type Tracing } from "../tracing/tracing.js";
import type { LiveChanges } from "../live/live-changes.js";
import { GRAPHQL_PATH, GRAPHQL_SSE_PATH } from "./endpoints.js";
import { compiledSubscriptionEvents } from "./subscription-events.js";

const MAX_DOCUMENT_NESTING = 4 * MAX_JSON_DEPTH;

export type GraphQLServer = YogaServerInstance<Record<string, never>, Context>;

/** Known failures keep their message and gain an error code; anything else is logged and masked. */
export function maskError(error: unknown, log: Logger): Error {
  const graphQLError = error instanceof GraphQLError ? error : null;
  const original = graphQLError ? graphQLError.originalError : error;
  // Node lookups (node, nodes) use findUniqueOrThrow scoped to the caller's tenant: another tenant's
  // id and a missing id both end here, and must look the same.
  if (original instanceof Prisma.PrismaClientKnownRequestError && original.code === "P2025") {
    return new GraphQLError("Not found.", {
      nodes: graphQLError?.nodes,
      path: graphQLError?.path,
      extensions: { code: "NOT_FOUND" },
    });
  }
  if (original instanceof ServiceError) {
    return new GraphQLError(original.message, {
      nodes: graphQLError?.nodes,
      path: graphQLError?.path,
      extensions: { code: original.code, ...(original instanceof ValidationError ? { issues: original.issues } : {}) },
    });
  }
  if (isDatabaseBusy(original)) {
    return new GraphQLError(BUSY_MESSAGE, {
      nodes: graphQLError?.nodes,
      path: graphQLError?.path,
      extensions: {
        ...BUSY_EXTENSIONS,
        http: { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } },
      },
    });
  }
  // Pothos' refusals of arguments (a cursor it cannot read, before with after) are the caller's mistake.
  if (original instanceof PothosValidationError)
    return new GraphQLError(original.message, {
      nodes: graphQLError?.nodes,
      path: graphQLError?.path,
      extensions: { code: "BAD_USER_INPUT" },
    });
  // Parse and validation errors, and GraphQLErrors raised on purpose, are safe to show; the libraries'
  // own refusals get a code of their own, so clients can tell them apart.
  if (graphQLError && (!original || original instanceof GraphQLError)) return withLibraryCode(graphQLError);
  const state = requestState.getStore();
  (state?.log ?? log).error(
    { err: original, requestId: state?.requestId, path: graphQLError?.path },
    "unexpected error",
  );
  return new GraphQLError("Unexpected error.", {
    nodes: graphQLError?.nodes,
    path: graphQLError?.path,
    extensions: { code: "INTERNAL_SERVER_ERROR", requestId: state?.requestId },
  });
}

// Refusals that graphql-armor and Pothos' relay plugin raise without a code.
const LIBRARY_REFUSALS: { pattern: RegExp; code: string; message?: string }[] = [
  { pattern: /^Syntax Error: (Query depth limit .*)$/, code: "QUERY_TOO_DEEP" },
  { pattern: /^Syntax Error: (Aliases limit .*)$/, code: "TOO_MANY_ALIASES" },
  // node(id:) with the global id of a type that is not a node (Tenant, the Webhook interface): answered like a missing id.
  { pattern: / does not support loading by id$/, code: "NOT_FOUND", message: "Not found." },
  // Variables that do not fit their declared types (coerced by graphql-jit, which gives no code).
  { pattern: /^(Variable "\$[^"]*" .*)$/s, code: "BAD_USER_INPUT" },
];

function withLibraryCode(error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error; // graphql-jit's variable errors have no extensions object
  for (const refusal of LIBRARY_REFUSALS) {
    const match = refusal.pattern.exec(error.message);
    if (match)
      return new GraphQLError(refusal.message ?? match[1] ?? error.message, {
        nodes: error.nodes,
        path: error.path,
        extensions: { ...(error.extensions ?? {}), code: refusal.code },
      });
  }
  return error;
}

/** The `extensions.code` of each error in an answer. */
function codesOf(errors: readonly { extensions?: Record<string, unknown> }[]): string[] {
  return errors.map((error) => String(error.extensions?.code ?? "UNKNOWN"));
}

/** Records the operation name, and the answer's error codes, for the request's log line and metrics. */
const recordOperation: Plugin<YogaInitialContext> = {
  // At validation, so a document refused there is named too.
  onValidate({ params, context }) {
    const state = requestState.getStore();
    const operationName = context.params.operationName ?? undefined;
    if (state) state.operationName = getOperationAST(params.documentAST, operationName)?.name?.value ?? operationName;
  },
  onResultProcess({ result }) {
    const state = requestState.getStore();
    if (!state) return;
    const errors = (Array.isArray(result) ? result : [result]).flatMap((one) =>
      "errors" in one && one.errors ? one.errors : [],
    );
    if (errors.length > 0) state.errorCodes = codesOf(errors);
  },
};

/** A span per executed operation, the active one while it runs (the statements it sends are its children). */
function traceOperations(tracing: Tracing): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      const name = operation?.name?.value;
      const span = tracing.tracer.startSpan(`${operation?.operation ?? "operation"}${name ? ` ${name}` : ""}`, {
        attributes: {
          "graphql.operation.type": operation?.operation ?? "",
          ...(name ? { "graphql.operation.name": name } : {}),
        },
      });
      const active = trace.setSpan(context.active(), span);
      setExecuteFn((executeArgs) => context.with(active, () => executeFn(executeArgs)));
      return {
        onExecuteDone({ result }) {
          const errors = "errors" in result ? (result.errors ?? []) : [];
          if (errors.length > 0) {
            span.setAttribute("graphql.error.codes", codesOf(errors));
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
        },
      };
    },
  };
}

// graphql-js suggests names from the schema in its messages ('Did you mean "webhooks"?', 'Did you mean
// the enum value "SUCCEEDED"?'): with introspection off they would still spell the schema out, to
// anyone, key or not.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function withoutSuggestion(error: Error): Error {
  const message = error.message.replace(SUGGESTION, "");
  if (message === error.message || !(error instanceof GraphQLError)) return error;
  return new GraphQLError(message, { nodes: error.nodes, path: error.path, extensions: error.extensions });
}

/** No introspection, and no suggestions: in validation errors, and in the variables' errors at execution. */
const disableIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
    return ({ valid, result, setResult }) => {
      if (!valid) setResult(result.map(withoutSuggestion));
    };
  },
  onExecute() {
    return {
      onExecuteDone({ result, setResult }) {
        if (Symbol.asyncIterator in result || !result.errors) return;
        setResult({ ...result, errors: result.errors.map(withoutSuggestion) });
      },
    };
  },
};

export function createGraphQLServer(
  config: Config,
  database: Pick<Database, "prisma" | "sql">,
  {
    secretBox,
    senders,
    plugins,
    apiKeys,
    publicUrl,
    tracing,
    live,
    catalogue,
  }: {
    catalogue: EventCatalogue;
    secretBox: SecretBox;
    senders: DeliverySenders;
    plugins: PluginDirectory;
    apiKeys: ApiKeyCache;
    publicUrl: string;
    tracing: Tracing | null;
    live: LiveChanges;
  },
  log: Logger,
): GraphQLServer {
  const events: EventStore = {
    prisma: database.prisma,
    writer: createEventWriter(database.sql),
    catalogue,
  };
  const stores = createStores(database);
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    // The bundled GraphiQL page works offline; yoga's default one loads its assets from a CDN. Its 9 MB
    // module is imported on the first page load, not at start (graphql-route.ts keeps the page it renders).
    renderGraphiQL: async (options) => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(options),
    graphiql: config.GRAPHIQL ? GRAPHIQL_PAGE : false,
    logging: false,
    // Keys travel in the Authorization header, never in cookies: browsers get no credentialed access.
    cors: { origin: config.CORS_ORIGINS, credentials: false },
    maskedErrors: { maskError: (error) => maskError(error, log) },
    plugins: [
      ...(config.INTROSPECTION ? [] : [disableIntrospection]),
      maxDepthPlugin({ n: config.MAX_QUERY_DEPTH, ignoreIntrospection: true, exposeLimits: true }),
      maxAliasesPlugin({ n: config.MAX_QUERY_ALIASES, exposeLimits: true }),
      // Room for the deepest selection and a JSON value of MAX_JSON_DEPTH levels; deeper is refused unparsed.
      limitDocumentNesting(MAX_DOCUMENT_NESTING),
      recordOperation,
      refuseUnstorableText(MAX_DOCUMENT_NESTING),
      limitQueryCost(config.MAX_QUERY_COST, DEFAULT_PAGE_SIZE),
      // Compiles each document once into a function that executes it: the default executor walks the
      // document on every request, which was the largest share of a list request's CPU.
      // Not for subscriptions: graphql-jit 0.8 hands a subscription field's `subscribe` the operation's
      // variables in place of the field's arguments (filter: { webhookId: $id } arrived as undefined).
      // Their events are compiled by compiledSubscriptionEvents.
      useGraphQlJit(
        {},
        { enableIf: (args) => getOperationAST(args.document, args.operationName)?.operation !== "subscription" },
      ),
      compiledSubscriptionEvents(),
      // After graphql-jit: it wraps the executor jit compiled.
      ...(tracing ? [traceOperations(tracing)] : []),
      // The graphql-sse protocol at /graphql/stream, with its single-connection mode (one stream for
      // many operations, as browsers limit connections per host). POST /graphql with
      // Accept: text/event-stream is yoga's own distinct-connections mode.
      useGraphQLSSE({ endpoint: GRAPHQL_SSE_PATH }),
    ],
    context: async ({ request }) => {
      const state = requestState.getStore();
      const auth = await authenticate(apiKeys, request.headers.get("authorization"));
      if (state && auth.ok) {
        state.tenantId = auth.principal.tenantId;
        state.keyPrefix = auth.principal.keyPrefix;
      }
      return {
        requestId: state?.requestId ?? "",
        log: state?.log ?? log,
        prisma: database.prisma,
        stores,
        events,
        secretBox,
        senders,
        plugins,
        apiKeys,
        live,
        publicUrl,
        retention: { defaultDays: config.RETENTION_DEFAULT_DAYS, maxDays: config.RETENTION_MAX_DAYS },
        auth,
        // A plain value: envelop copies the context, reading every property. Empty (no tenant) when
        // unauthenticated, where no resolver past the scope checks runs.
        tenantId: auth.ok ? auth.principal.tenantId : "",
        owner: auth.ok ? { tenantId: auth.principal.tenantId, projectId: auth.principal.projectId } : wholeTenant(""),
        createdWebhookIds: new Set<string>(),
      };
    },
  });
}
