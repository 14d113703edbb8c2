import { builder } from "./builder.js";
import { SCOPES } from "../auth/scopes.js";

/** GraphQL enum values cannot hold ":", so `webhooks:view` is spelled WEBHOOKS_VIEW. */
export const ScopeEnum = builder.enumType("Scope", {
  description: "A permission an API key can hold.",
  values: Object.fromEntries(
    SCOPES.map((scope) => [scope.replace(":", "_").toUpperCase(), { value: scope, description: `\`${scope}\`` }]),
  ),
});
