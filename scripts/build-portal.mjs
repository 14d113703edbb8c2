// npm run build:portal (run by postinstall): builds the portal (portal/, Vite + React) into dist/portal,
// where the server finds it (src/server/portal.ts), and checks its budget: the JavaScript the page
// loads at first must stay within 200 KB gzipped.
import console from "node:console";
import { readFileSync, readdirSync } from "node:fs";
import process from "node:process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BUDGET_BYTES = 200 * 1024;

await build({ configFile: path.join(root, "portal/vite.config.ts"), logLevel: "warn" });

const out = path.join(root, "dist/portal");
const page = readFileSync(path.join(out, "index.html"), "utf8");
// What the page loads before it runs: its module scripts and the modules they preload.
const initial = [
  ...page.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/portal\/([^"]+\.js)"/g),
].map((match) => match[1]);
const gzipped = initial.reduce(
  (total, file) => total + gzipSync(readFileSync(path.join(out, file)), { level: 9 }).length,
  0,
);
const assets = readdirSync(path.join(out, "assets")).length;
const verdict = gzipped <= BUDGET_BYTES ? "within" : "OVER";
console.log(
  `portal: ${assets} assets in dist/portal; initial JavaScript ${(gzipped / 1024).toFixed(1)} KB gzipped (${verdict} the ${BUDGET_BYTES / 1024} KB budget)`,
);
if (gzipped > BUDGET_BYTES) process.exit(1);
