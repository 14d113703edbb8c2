// Expected failures of the service's operations. Plain classes: the modules that throw them know
// nothing of GraphQL; the schema maps them to typed errors and error codes.

export interface FieldIssue {
  /** Where the problem is, as the input's field names, e.g. ["input", "url"]. */
  path: string[];
  message: string;
}

export abstract class ServiceError extends Error {
  abstract readonly code: string;
}

export class ValidationError extends ServiceError {
  readonly code = "BAD_USER_INPUT";
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; "));
  }

  static of(path: string[], message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

export class NotFoundError extends ServiceError {
  readonly code = "NOT_FOUND";
  constructor(what: string) {
    super(`${what} not found.`);
  }
}

export class ConflictError extends ServiceError {
  readonly code = "CONFLICT";
}

export class ForbiddenError extends ServiceError {
  readonly code = "FORBIDDEN";
  constructor(readonly missingScope: string) {
    super(`Missing scope "${missingScope}".`);
  }
}

export class AuthenticationError extends ServiceError {
  readonly code = "UNAUTHENTICATED";
}
