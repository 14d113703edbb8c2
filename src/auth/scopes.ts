import { ServiceError } from "../common/errors.js";
import { isOneOf } from "../common/validation.js";

/** What an API key may do. Mirrors the permission sets of the webhook systems this service replaces. */
export const SCOPES = [
  "webhooks:view",
  "webhooks:add",
  "webhooks:edit",
  "webhooks:remove",
  "events:publish",
  "deliveries:view",
  "deliveries:retry",
  "tenant:admin",
] as const;

export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return isOneOf(SCOPES, value);
}

/** The API key lacks the scope an operation needs. */
export class ForbiddenError extends ServiceError {
  readonly code = "FORBIDDEN" as const;
  constructor(readonly missingScope: Scope) {
    super(`Missing scope "${missingScope}".`);
  }
}
