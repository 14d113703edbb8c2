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

/** Folder (relative to src/, "." for src/ itself) -> the folders its files import. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = path.relative(SRC, path.dirname(file)) || ".";
    for (const imported of ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles) {
      if (!imported.fileName.startsWith(".")) continue;
      const to = path.relative(SRC, path.dirname(path.resolve(path.dirname(file), imported.fileName))) || ".";
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
  const path: string[] = [];
  const visit = (folder: string): void => {
    path.push(folder);
    for (const next of graph.get(folder) ?? []) {
      if (path.includes(next)) found.push([...path.slice(path.indexOf(next)), next]);
      else if (!done.has(next)) visit(next);
    }
    path.pop();
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
      .filter((file) =>
        ts
          .preProcessFile(readFileSync(file, "utf8"), true, true)
          .importedFiles.some((imported) => /^(graphql|@pothos\/|graphql-yoga)/.test(imported.fileName)),
      )
      .map((file) => path.relative(SRC, file).split(path.sep)[0]);
    expect([...new Set(importers)].sort()).toEqual(["schema", "server"]);
  });
});
