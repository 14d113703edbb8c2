// Values that let their holder act as the tenant or its receivers (an incoming webhook's access key,
// an outgoing webhook's custom header values, which often carry the receiver's credentials) are shown
// only to keys that may change the webhook; others see them masked or not at all.
import type { Principal } from "./api-keys.js";
import type { Scope } from "./scopes.js";

export const SECRET_READ_SCOPE: Scope = "webhooks:edit";

export function maySeeWebhookSecrets(principal: Pick<Principal, "scopes">): boolean {
  return principal.scopes.includes(SECRET_READ_SCOPE);
}

/** "****" and the last 4 characters; short values are masked whole, so nothing of them shows. */
export function maskSecret(value: string): string {
  return value.length > 8 ? `****${value.slice(-4)}` : "****";
}
