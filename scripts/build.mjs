// npm run build (run by npm start, npm run worker and postinstall): compiles the server into dist/ with
// esbuild, so production runs plain node instead of TypeScript through a loader (tsx held ~35 MB more
// of every process and slowed its start). Dependencies stay in node_modules; the GraphQL server is a
// chunk of its own, loaded only by processes that serve it. Takes well under a second.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
rmSync(path.join(root, "dist"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ["src/main.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  // For NODE_OPTIONS=--enable-source-maps: stack traces that name the TypeScript files.
  sourcemap: true,
  logLevel: "warning",
});
