import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql ships CJS ("main") and ESM ("module") builds. Node, and so graphql-yoga and Pothos, load
    // the CJS one; without the first alias Vite would hand our own files the ESM one, and two copies of
    // graphql break `instanceof GraphQLError`.
    // The second: @hookrelay/client (client/, an npm workspace) as its TypeScript sources, which its package exports
    // under the "hookrelay-source" condition (also used by the type check, the portal and the service's
    // bundle): the tests run the client as it is edited; test/client-package.test.ts runs its build.
    alias: [
      { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") },
      { find: /^@hookrelay\/client$/, replacement: fileURLToPath(new URL("client/src/index.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Deadlines for giving up, not expectations of speed: a busy 2-core machine can be 10x slower.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // PGlite runs in-process and is CPU-bound: two files at a time on a 2-core machine.
    maxWorkers: 2,
  },
});
