// The portal: a single page served by the service at /portal/ (src/server/portal.ts), built into
// dist/portal by `npm run build:portal` (run by npm ci's postinstall). Everything it loads is its own
// (no CDN), under hashed names the server caches for a year.
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/portal/",
  plugins: [react()],
  // The client package's TypeScript sources (see vitest.config.ts).
  resolve: { conditions: ["hookrelay-source", ...defaultClientConditions] },
  build: {
    outDir: fileURLToPath(new URL("../dist/portal", import.meta.url)),
    emptyOutDir: true,
    // The server compresses; Vite's report prints each file's gzipped size (the budget is on those).
    reportCompressedSize: true,
    // No inline scripts or styles: the page's Content-Security-Policy allows only the portal's own files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  logLevel: "info",
});
