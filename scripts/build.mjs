// npm run build (run by npm start, npm run worker and postinstall): compiles the server and the packages
// it uses into dist/ with esbuild, minified, so production runs plain node on a few files instead of
// TypeScript through a loader and ~600 modules from node_modules. V8 keeps every module's source text and
// per-module records for the life of the process: the minified bundle holds ~15 MB less than the same
// code loaded file by file (and the tsx loader held ~35 MB more). The GraphQL server is a chunk of its
// own, loaded only by processes that serve it. Takes a few seconds.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, "dist");
// Built beside dist/, then moved in file by file (a rename replaces a file at once): a process already
// running from dist/ (`npm start` and `npm run worker` in one checkout each build at start) loads its
// chunks later, and must never find one missing or half-written.
const staging = mkdtempSync(path.join(root, ".dist-"));
try {
  await build({
    absWorkingDir: root,
    // The expression sandbox's process is started by file name (src/transforms/expression-sandbox.ts).
    // bin/hookrelay.js runs cli.js, the hookrelay command.
    entryPoints: {
      main: "src/main.ts",
      cli: "src/cli/hookrelay.ts",
      "expression-process": "src/transforms/expression-process.ts",
    },
    outdir: staging,
    bundle: true,
    // The client package's TypeScript sources (see vitest.config.ts); "module" is esbuild's default.
    conditions: ["hookrelay-source", "module"],
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Names are left as written rather than minified and kept with keepNames: class and function names
    // survive (logs name error types by err.constructor.name, and some packages read names), and no
    // __name() call runs each time a closure is made. Those calls, in the promise helpers yoga makes
    // closures with on every request, were a quarter of a small request's CPU. The bundle is ~8% larger.
    minifyWhitespace: true,
    minifySyntax: true,
    // Left in node_modules: packages that find files of their own next to their code (PGlite's WebAssembly
    // and data bundle, Prisma's query compiler), start worker threads by file name (pino's transports),
    // or are loaded only when configured (OpenTelemetry's SDK, which must share the API package's copy).
    external: [
      "@electric-sql/pglite",
      "pglite-prisma-adapter",
      "@prisma/client",
      "@prisma/client/*",
      "pino",
      "@opentelemetry/*",
      "pg-native",
    ],
    // The bundled CommonJS packages call require(); an ES module has none of its own.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    // For NODE_OPTIONS=--enable-source-maps: stack traces that name the TypeScript files.
    sourcemap: true,
    logLevel: "warning",
  });
  mkdirSync(dist, { recursive: true });
  const built = new Set(readdirSync(staging));
  for (const name of built) renameSync(path.join(staging, name), path.join(dist, name));
  // dist/portal is the portal's, built by scripts/build-portal.mjs.
  for (const name of readdirSync(dist))
    if (!built.has(name) && name !== "portal") rmSync(path.join(dist, name), { recursive: true, force: true });
} finally {
  rmSync(staging, { recursive: true, force: true });
}
