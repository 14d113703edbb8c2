// Expected failures of the service's operations. Plain classes: the modules that throw them know
// nothing of GraphQL; the schema maps them to typed errors and error codes.

export interface FieldIssue {
  /** Where the problem is, as the input's field names, e.g. ["input", "url"]. */
  path: string[];
  message: string;
}

/**
 * Every code a GraphQL error carries, as `Error.code` of a mutation's typed error or as
 * `extensions.code` of an error in `errors` (the schema's ErrorCode enum describes each).
 */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "QUERY_TOO_DEEP",
  "TOO_MANY_ALIASES",
  "QUERY_TOO_COSTLY",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PAYLOAD_TOO_LARGE",
  "TOO_MANY_SUBSCRIPTIONS",
  "SLOW_CONSUMER",
  "SERVICE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export abstract class ServiceError extends Error {
  abstract readonly code: ErrorCode;
}

export class ValidationError extends ServiceError {
  readonly code = "BAD_USER_INPUT" as const;
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; "));
  }

  static of(path: string[], message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

export class NotFoundError extends ServiceError {
  readonly code = "NOT_FOUND" as const;
  constructor(what: string) {
    super(`${what} not found.`);
  }
}

export class ConflictError extends ServiceError {
  readonly code = "CONFLICT" as const;
}

export class AuthenticationError extends ServiceError {
  readonly code = "UNAUTHENTICATED" as const;
}

/** A key holds as many open subscriptions as MAX_SUBSCRIPTIONS_PER_KEY allows in this process. */
export class TooManySubscriptionsError extends ServiceError {
  readonly code = "TOO_MANY_SUBSCRIPTIONS" as const;
  constructor(limit: number) {
    super(
      `This API key already holds ${limit} open subscriptions on this server (MAX_SUBSCRIPTIONS_PER_KEY); close one first.`,
    );
  }
}

/** What a thrown value says: its message when it is an Error (JavaScript lets anything be thrown). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A thrown value's `code` (Node's errno names, PostgreSQL's SQLSTATE), if it has one. */
export const codeOf = (error: unknown): unknown =>
  typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
