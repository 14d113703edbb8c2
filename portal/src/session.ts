// The API key the portal calls with: a portal session's, handed over in the URL's fragment
// (#session=...), or an operator's, pasted. Kept in sessionStorage (this tab only, gone when it closes)
// and taken out of the address bar at once, so it is neither bookmarked nor shared with the URL.
import { createClient, type HookrelayClient } from "@hookrelay/client";

const STORAGE_KEY = "hookrelay.portal.key";

/** The key the page was opened with, or the one this tab already holds; null when there is none. */
export function takeSessionKey(): string | null {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  const handed = fragment.get("session");
  if (handed) {
    sessionStorage.setItem(STORAGE_KEY, handed);
    history.replaceState(null, "", window.location.pathname + window.location.search + "#/");
    return handed;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}

export function keepKey(key: string): void {
  sessionStorage.setItem(STORAGE_KEY, key);
}

export function forgetKey(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** The API beside the portal: /portal/ is served by the service it manages. */
export const GRAPHQL_URL = new URL("../graphql", window.location.href.split("#")[0]).toString();

export function apiClient(key: string): HookrelayClient {
  return createClient(GRAPHQL_URL, key);
}
