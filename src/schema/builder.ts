// The one Pothos schema builder. Plugin order matters: errors first so it sees failures raised by
// scope checks and validation; prisma before relay. (Per-request batching uses dataloader directly: schema/request-loader.ts.)
import { GraphQLScalarType } from "graphql";
import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from "@pothos/plugin-scope-auth";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin, { capitalize, decodeGlobalID, resolveNodes } from "@pothos/plugin-relay";
import ValidationPlugin from "@pothos/plugin-validation";
import { DateTimeResolver, JSONObjectResolver, JSONResolver, URLResolver } from "graphql-scalars";
import { z } from "zod";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import type { Context } from "./context.js";
import { ForbiddenError, isScope, type Scope } from "../auth/scopes.js";
import { AuthenticationError, ConflictError, NotFoundError, ValidationError } from "../common/errors.js";
import { isUuid } from "../db/uuid.js";
import { readScopeOf } from "../auth/read-scopes.js";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** nodes(ids:) loads each id: a bounded list keeps one request from holding the process. */
export const MAX_NODES_PER_QUERY = 100;

const pageSize = z
  .number()
  .int()
  .min(0, "must not be negative")
  .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
  .nullish();

const authenticationMessages: Record<string, string> = {
  missing: 'Authentication required: send an API key as "Authorization: Bearer <key>".',
  malformed: "Invalid API key.",
  unknown: "Invalid API key.",
  revoked: "This API key has been revoked.",
  expired: "This API key has expired.",
};

function missingScope(failure: AuthFailure): Scope | undefined {
  if (failure.kind === AuthScopeFailureType.AuthScope && failure.scope === "scope") {
    const scope = String(failure.parameter);
    return isScope(scope) ? scope : undefined;
  }
  if (failure.kind === AuthScopeFailureType.AllAuthScopes || failure.kind === AuthScopeFailureType.AnyAuthScopes) {
    return failure.failures.map(missingScope).find(Boolean);
  }
  return undefined;
}

/** The typename a malformed global id decodes to (no type has it: GraphQL names cannot start with "!"). */
const MALFORMED_ID_TYPENAME = "!malformed";

/** The error for a global id that decoded as malformed, naming where it came in; null for a well-formed one. */
export function malformedIdError(globalId: { typename: string }, path: string[]): ValidationError | null {
  return globalId.typename === MALFORMED_ID_TYPENAME ? ValidationError.of(path, "is not a valid id") : null;
}

/** Why the caller may not read objects of `typename`, or null when it may. */
function readRefusal(context: Context, typename: string): ForbiddenError | null {
  const scope = readScopeOf(typename);
  return scope && context.auth.ok && !context.auth.principal.scopes.includes(scope) ? new ForbiddenError(scope) : null;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { authenticated: boolean; scope: Scope };
  DefaultFieldNullability: false;
  Connection: { totalCount: number | (() => Promise<number>) };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    URL: { Input: URL; Output: URL | string };
    ID: { Input: string; Output: string };
  };
}>({
  defaultFieldNullability: false,
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin],
  errors: {
    defaultTypes: [ValidationError, NotFoundError, ConflictError, ForbiddenError],
    directResult: true,
    defaultUnionOptions: {
      description:
        "What the mutation answers: its payload, or the typed error that stopped it (nothing was changed then).",
      name: ({ fieldName }) => `${capitalize(fieldName)}Result`,
    },
  },
  scopeAuth: {
    // A subscription is refused when it is made, not on its first message.
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      authenticated: context.auth.ok,
      scope: (scope) => context.auth.ok && context.auth.principal.scopes.includes(scope),
    }),
    unauthorizedError: (_parent, context, _info, result) => {
      if (!context.auth.ok)
        return new AuthenticationError(authenticationMessages[context.auth.reason] ?? "Invalid API key.");
      const scope = missingScope(result.failure);
      return scope ? new ForbiddenError(scope) : new AuthenticationError(result.message);
    },
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // Objects carry no scope checks of their own (see auth/read-scopes.ts): node(id:) checks the one
    // its id names, nodes(ids:) each position, an id the key may not read answering FORBIDDEN there.
    nodeQueryOptions: {
      description:
        "Any object by its global id, with the scope its type needs; null with NOT_FOUND when it does not exist for this tenant.",
      args: { id: { description: "A global id." } },
      authScopes: { authenticated: true },
      resolve: (_root, { id }, context, _info, resolveNode) => {
        const refusal = malformedIdError(id, ["id"]) ?? readRefusal(context, id.typename);
        if (refusal) throw refusal;
        return resolveNode(id);
      },
    },
    nodesQueryOptions: {
      description: "Objects by their global ids, in the same order; an unknown or refused id is null at its position.",
      authScopes: { authenticated: true },
      args: {
        ids: {
          description: `At most ${MAX_NODES_PER_QUERY} ids.`,
          validate: z.array(z.unknown()).max(MAX_NODES_PER_QUERY, `must hold at most ${MAX_NODES_PER_QUERY} ids`),
        },
      },
      // Each id on its own, so an unknown or refused one is null with its error at its position only.
      resolve: (_root, { ids }, context, info): Promise<unknown[]> =>
        Promise.all(
          ids.map(async (id, index): Promise<unknown> => {
            const refusal = malformedIdError(id, ["ids", String(index)]) ?? readRefusal(context, id.typename);
            if (refusal) return refusal;
            return resolveNodes(builder, context, info, [id]).then(
              ([node]) => node,
              (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
            );
          }),
        ),
    },
    // Relay's decoder, which cannot know where the id came from: a malformed one is marked, and
    // refused with its argument's path where it is used (localId in schema/global-id.ts, node, nodes),
    // inside the resolver, so a mutation answers it as its ValidationError. Every object's id is a
    // UUID: anything else inside a well-formed global id is malformed too.
    decodeGlobalID: (globalID) => {
      try {
        const decoded = decodeGlobalID(globalID);
        if (isUuid(decoded.id)) return decoded;
      } catch {
        // malformed: marked below
      }
      return { typename: MALFORMED_ID_TYPENAME, id: globalID };
    },
    firstArgOptions: {
      validate: pageSize,
      description: `The first N items after \`after\` (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
    },
    lastArgOptions: {
      validate: pageSize,
      description: `The last N items before \`before\` (at most ${MAX_PAGE_SIZE}).`,
    },
    afterArgOptions: { description: "A cursor (pageInfo.endCursor, an edge's cursor): the items after it." },
    beforeArgOptions: { description: "A cursor (pageInfo.startCursor, an edge's cursor): the items before it." },
    nodeTypeOptions: { description: "An object with a global id, loadable with node(id:)." },
    idFieldOptions: { description: "Global id: opaque, stable, accepted by node(id:) and every id argument." },
    pageInfoTypeOptions: { description: "Where a page sits in the whole list." },
    hasNextPageFieldOptions: { description: "Whether items follow this page." },
    hasPreviousPageFieldOptions: { description: "Whether items precede this page." },
    startCursorFieldOptions: { description: "The first item's cursor, for `before`." },
    endCursorFieldOptions: { description: "The last item's cursor, for `after`." },
    pageInfoFieldOptions: { description: "Cursors and whether more pages exist." },
    cursorFieldOptions: { description: "This item's position, for `after`/`before`." },
    edgesFieldOptions: { description: "The page's items, each with its cursor." },
    nodeFieldOptions: { description: "The item." },
    nodesOnConnection: { description: "The page's items (as edges.node, without cursors)." },
    defaultConnectionTypeOptions: { description: "One page of a list: its items, cursors and the total count." },
    defaultEdgeTypeOptions: { description: "One item of a page, with its cursor." },
  },
  validation: {
    validationError: (result) =>
      new ValidationError(
        result.issues.map((issue) => ({
          path: (issue.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment)),
          message: issue.message,
        })),
      ),
  },
});

// graphql-scalars' DateTime serializes a Date as the Date itself, so that JSON.stringify calls its toJSON;
// an object with toJSON takes V8's JSON serializer off its fast path, and the webhooks page's answer
// (two dates a row) took 2.8 times as long to stringify. Serialized to its ISO string: the same text.
builder.addScalarType(
  "DateTime",
  new GraphQLScalarType({
    ...DateTimeResolver.toConfig(),
    serialize: (value) => DateTimeResolver.serialize(value).toISOString(),
  }),
);
builder.addScalarType("JSON", JSONResolver);
builder.addScalarType("JSONObject", JSONObjectResolver);
builder.addScalarType("URL", URLResolver);

builder.queryType({
  description: "Reads. Each root field needs the scope it names and answers null with its error when refused.",
});
builder.mutationType({ description: "Changes. Each takes one input and answers its payload or a typed error." });
builder.subscriptionType({
  description:
    "Live updates over Server-Sent Events (POST /graphql with `Accept: text/event-stream`, or the graphql-sse protocol at /graphql/stream). Each field needs the scope it names when subscribing and for as long as the stream is open: revoking the key ends the stream with an UNAUTHENTICATED error.",
});

/** The builder's type parameters, for helpers that take its refs or field builders. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export const TOTAL_COUNT_DESCRIPTION = "Number of items matching the filter, across all pages.";

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: TOTAL_COUNT_DESCRIPTION,
    resolve: (connection) =>
      typeof connection.totalCount === "function" ? connection.totalCount() : connection.totalCount,
  }),
);
