import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql ships CJS ("main") and ESM ("module") builds. Node, and so graphql-yoga and Pothos, load
    // the CJS one; without this alias Vite would hand our own files the ESM one, and two copies of
    // graphql break `instanceof GraphQLError`.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }],
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
