import { ServiceError } from "../common/errors.js";
import { isOneOf } from "../common/validation.js";

/** What an API key may do. Mirrors the permission sets of the webhook systems this service replaces. */
export const SCOPES = [
  "webhooks:view",
  "webhooks:add",
  "webhooks:edit",
  "webhooks:remove",
  "events:publish",
  "events:view",
  "events:manage",
  "deliveries:view",
  "deliveries:retry",
  "tenant:admin",
  "portal:sessions",
] as const;

export type Scope = (typeof SCOPES)[number];

/** Scopes a project-scoped key may not hold: they reach past one project. */
export const TENANT_WIDE_SCOPES: readonly Scope[] = ["tenant:admin", "portal:sessions", "events:manage"];

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
