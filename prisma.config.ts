// Prisma CLI configuration. Uses the WebAssembly schema engine ("js") with driver adapters so that
// every CLI command works offline: PGlite in DATA_DIR by default, PostgreSQL when DATABASE_URL is set.
import path from "node:path";
import { defineConfig } from "prisma/config";
import type { PrismaPg } from "@prisma/adapter-pg";

const databaseUrl = process.env.DATABASE_URL;
// Prisma 6.19 needs the schema's env("DATABASE_URL") to resolve, or it tries to download the native
// query engine. The embedded database has no URL, so give it a placeholder the adapter never uses.
process.env.DATABASE_URL ??= "postgresql://embedded.invalid/pglite";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (databaseUrl) {
      const adapterPg = await import("@prisma/adapter-pg");
      return new adapterPg.PrismaPg({ connectionString: databaseUrl });
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils; at run time it has
    // the same migration-aware factory interface as PrismaPg, which is what the CLI checks against.
    return new PrismaPGlite(new PGlite(path.join(process.env.DATA_DIR ?? "./data", "pglite"))) as unknown as PrismaPg;
  },
});
