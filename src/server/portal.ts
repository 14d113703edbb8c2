// The portal's files (built into dist/portal by `npm run build:portal`), served from memory: each
// compressed once, hashed assets cached for a year, the page itself revalidated by ETag. The page's
// Content-Security-Policy lets it load only its own files and call only this server, and says who may
// frame it (PORTAL_FRAME_ANCESTORS).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { IncomingMessage, ServerResponse } from "node:http";
import { CachedBody } from "./compression.js";
import { sendCached, sendJson, sendNotFound } from "./responses.js";

export const PORTAL_PREFIX = "/portal/";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

export interface PortalFile {
  body: CachedBody;
  headers: Record<string, string>;
}

/** Where the build puts the portal: beside the server's bundle, whether this runs from dist/ or src/. */
export function defaultPortalDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, "portal"), path.resolve(here, "../../dist/portal")];
  return candidates.find((dir) => existsSync(path.join(dir, "index.html"))) ?? candidates[0]!;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * The portal's files by URL path (/portal/ and /portal/assets/...), or null when it was not built.
 * `frameAncestors` is the CSP frame-ancestors source list ("'none'" forbids framing).
 */
export function loadPortal(dir: string, frameAncestors: string): Map<string, PortalFile> | null {
  if (!existsSync(path.join(dir, "index.html"))) return null;
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
  const files = new Map<string, PortalFile>();
  for (const file of listFiles(dir)) {
    const relative = path.relative(dir, file).split(path.sep).join("/");
    const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    const isPage = relative === "index.html";
    const headers: Record<string, string> = {
      "content-type": type,
      "x-content-type-options": "nosniff",
      // Built names carry their content's hash: a new build has new names.
      "cache-control": relative.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      ...(isPage ? { "content-security-policy": policy, "referrer-policy": "no-referrer" } : {}),
    };
    files.set(isPage ? PORTAL_PREFIX : PORTAL_PREFIX + relative, { body: new CachedBody(readFileSync(file)), headers });
  }
  return files;
}

/**
 * /portal and what is under it. Its pages are chosen in the browser, so every path under /portal/
 * that is not one of its files is the page.
 */
export function portalRoute(portal: Map<string, PortalFile> | null) {
  return function sendPortal(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> | void {
    if (request.method !== "GET" && request.method !== "HEAD") return sendNotFound(response);
    if (url.pathname === "/portal") return void response.writeHead(308, { location: PORTAL_PREFIX }).end();
    if (!portal)
      return sendJson(response, 404, {
        error: { message: "The portal was not built: run npm run build:portal.", code: "NOT_FOUND" },
      });
    const file =
      portal.get(url.pathname) ??
      (url.pathname.startsWith(`${PORTAL_PREFIX}assets/`) ? null : portal.get(PORTAL_PREFIX));
    if (!file) return sendNotFound(response);
    return sendCached(request, response, file.body, file.headers);
  };
}
