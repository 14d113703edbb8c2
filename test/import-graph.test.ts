// The folders of src/ import one way: a folder never imports, directly or through others, one that
// imports it, and only what its row in docs/architecture.md allows. The graph is built from the
// sources' own import statements (TypeScript's pre-processor).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");
const ARCHITECTURE = path.resolve(import.meta.dirname, "../docs/architecture.md");

/** docs/architecture.md's table: folder -> the folders it may import. */
function allowedImports(): Map<string, Set<string>> {
  const rows = readFileSync(ARCHITECTURE, "utf8")
    .split("\n")
    .map((line) => /^\|\s*`([^`]+)`\s*\|[^|]*\|([^|]*)\|\s*$/.exec(line))
    .filter((match) => match !== null);
  return new Map(
    rows.map(([, folder = "", allowed = ""]) => [
      folder,
      new Set(
        allowed
          .split(",")
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    ]),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** What a file imports, as written (relative paths and package names). */
const importsOf = (file: string): string[] =>
  ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((imported) => imported.fileName);

/** Folder (relative to src/, "." for src/ itself) -> the folders its files import. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = path.relative(SRC, path.dirname(file)) || ".";
    for (const imported of importsOf(file)) {
      if (!imported.startsWith(".")) continue;
      const to = path.relative(SRC, path.dirname(path.resolve(path.dirname(file), imported))) || ".";
      if (to === from) continue;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Every cycle the depth-first search closes, as the folders along it. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const trail: string[] = [];
  const visit = (folder: string): void => {
    trail.push(folder);
    for (const next of graph.get(folder) ?? []) {
      if (trail.includes(next)) found.push([...trail.slice(trail.indexOf(next)), next]);
      else if (!done.has(next)) visit(next);
    }
    trail.pop();
    done.add(folder);
  };
  for (const folder of graph.keys()) if (!done.has(folder)) visit(folder);
  return found;
}

describe("import graph", () => {
  const graph = folderGraph();

  it("is read from the sources", () => {
    expect(graph.get("delivery")).toContain("events");
    expect(graph.get("schema")).toContain("common");
  });

  it("has a row in docs/architecture.md for every folder, and imports only what the row allows", () => {
    const allowed = allowedImports();
    const folders = new Set(sourceFiles(SRC).map((file) => path.relative(SRC, path.dirname(file)) || "."));
    expect([...folders].filter((folder) => !allowed.has(folder)).sort()).toEqual([]);
    const unlisted = [...graph].flatMap(([from, targets]) =>
      [...targets].filter((to) => !allowed.get(from)?.has(to)).map((to) => `${from} -> ${to}`),
    );
    expect(unlisted).toEqual([]);
    // A row naming a folder that no longer exists is a stale rule.
    expect([...allowed.keys()].filter((folder) => !folders.has(folder)).sort()).toEqual([]);
  });

  it("has no cycle between folders", () => {
    expect(cycles(graph).map((cycle) => cycle.join(" -> "))).toEqual([]);
  });

  it("keeps queries out of schema/: resolvers call the stores that own the tables", () => {
    const query =
      /\bprisma\.[a-z][A-Za-z]*\.(find\w*|count|create\w*|update\w*|upsert|delete\w*|aggregate|groupBy)\b|\$queryRaw|\$executeRaw|\.sql\(/;
    const querying = sourceFiles(path.join(SRC, "schema")).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          query.test(line) ? [`${path.relative(SRC, file)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(querying).toEqual([]);
  });

  it("keeps database handles out of resolvers: they reach the database through context.stores", () => {
    // builder.ts hands Pothos' prisma plugin its client; stores.ts gives the stores their handles.
    const handle = /\bcontext\.(prisma|sql)\b|\bRunSql\b|\bPrismaClient\b/;
    const holding = sourceFiles(path.join(SRC, "schema"))
      .filter((file) => !["builder.ts", "context.ts", "stores.ts"].includes(path.basename(file)))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .flatMap((line, index) =>
            handle.test(line) ? [`${path.relative(SRC, file)}:${index + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(holding).toEqual([]);
  });

  it("keeps GraphQL in schema/ and server/", () => {
    const importers = sourceFiles(SRC)
      .filter((file) => importsOf(file).some((imported) => /^(graphql|@pothos\/|graphql-yoga)/.test(imported)))
      .map((file) => path.relative(SRC, file).split(path.sep)[0]);
    expect([...new Set(importers)].sort()).toEqual(["schema", "server"]);
  });
});
