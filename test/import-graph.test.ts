// The folders of src/ import one way: a folder never imports, directly or through others, one that
// imports it. The graph is built from the sources' own import statements (TypeScript's pre-processor).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

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

  it("has no cycle between folders", () => {
    expect(cycles(graph).map((cycle) => cycle.join(" -> "))).toEqual([]);
  });

  it("keeps GraphQL in schema/ and server/", () => {
    const importers = sourceFiles(SRC)
      .filter((file) => importsOf(file).some((imported) => /^(graphql|@pothos\/|graphql-yoga)/.test(imported)))
      .map((file) => path.relative(SRC, file).split(path.sep)[0]);
    expect([...new Set(importers)].sort()).toEqual(["schema", "server"]);
  });
});
