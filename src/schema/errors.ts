// Typed errors returned by mutations (the errors plugin adds them to each mutation's result union).
import { builder } from "./builder.js";
import {
  ConflictError,
  ERROR_CODES,
  NotFoundError,
  ServiceError,
  ValidationError,
  type ErrorCode,
  type FieldIssue,
} from "../common/errors.js";
import { ForbiddenError } from "../auth/scopes.js";
import { ScopeEnum } from "./scope.js";

const ERROR_CODE_DESCRIPTIONS: Record<ErrorCode, string> = {
  BAD_USER_INPUT: "An argument or input broke a rule; `issues` (or `extensions.issues`) names each field and rule.",
  UNAUTHENTICATED: "No API key, or one that is malformed, unknown, revoked or expired.",
  FORBIDDEN: "The API key lacks the scope named in `missingScope` (or the message).",
  NOT_FOUND: "No object with that id exists for this tenant.",
  CONFLICT: "The change conflicts with existing data: a duplicate name, an idempotency key reused with other content.",
  QUERY_TOO_DEEP: "The query nests deeper than MAX_QUERY_DEPTH.",
  TOO_MANY_ALIASES: "The query uses more aliases than MAX_QUERY_ALIASES.",
  QUERY_TOO_COSTLY: "The query's estimated cost exceeds MAX_QUERY_COST.",
  BAD_REQUEST:
    "The HTTP request is not a GraphQL request: no query, a body that is not a JSON object, a method or content type GraphQL over HTTP does not take.",
  GRAPHQL_PARSE_FAILED: "The document is not valid GraphQL (or nests its brackets too deep).",
  GRAPHQL_VALIDATION_FAILED: "The document does not match the schema.",
  PAYLOAD_TOO_LARGE: "The request body exceeds MAX_REQUEST_BYTES.",
  TOO_MANY_SUBSCRIPTIONS: "The API key already holds MAX_SUBSCRIPTIONS_PER_KEY open subscriptions on this server.",
  SLOW_CONSUMER:
    "Ends an event stream whose client read too slowly: more than SSE_MAX_UNSENT_BYTES waited to be sent. Subscribe again and read what you missed through the queries.",
  SERVICE_UNAVAILABLE:
    "The service is saturated or its database unreachable; nothing was written. Retry after a moment (`extensions.retryable`). Ends a subscription when the server shuts down or the subscriber fell behind: subscribe again.",
  INTERNAL_SERVER_ERROR: "An unexpected failure, logged with `extensions.requestId`.",
};

export const ErrorCodeEnum = builder.enumType("ErrorCode", {
  description:
    "What went wrong, for clients to switch on: `Error.code`, and `extensions.code` of every error in `errors`.",
  values: Object.fromEntries(ERROR_CODES.map((code) => [code, { description: ERROR_CODE_DESCRIPTIONS[code] }])),
});

const ErrorInterface = builder.interfaceRef<ServiceError>("Error").implement({
  description: "An expected failure of a mutation.",
  fields: (t) => ({
    message: t.exposeString("message", { description: "What went wrong, for people." }),
    code: t.expose("code", { type: ErrorCodeEnum, description: "Stable, machine-readable error code." }),
  }),
});

export const FieldIssueRef = builder.objectRef<FieldIssue>("FieldIssue").implement({
  description: "One rule an input value broke.",
  fields: (t) => ({
    path: t.exposeStringList("path", { description: 'Input field names leading to the value, e.g. ["input", "url"].' }),
    message: t.exposeString("message", { description: "The rule it broke." }),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input broke one or more rules; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({
      type: [FieldIssueRef],
      description: "Each rule broken, with the path of the value (at most 20).",
      resolve: (error) => error.issues,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "No object with that id exists for this tenant.",
  interfaces: [ErrorInterface],
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "The change conflicts with existing data (for example a duplicate name).",
  interfaces: [ErrorInterface],
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "The API key lacks the scope this operation needs.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    missingScope: t.expose("missingScope", { type: ScopeEnum, description: "The scope the operation needs." }),
  }),
});
