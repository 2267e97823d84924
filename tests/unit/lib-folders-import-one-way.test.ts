// Folders of lib/ import one way: no folder imports one that (directly or through others) imports it back.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = path.resolve(import.meta.dirname, "../../lib");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated") return [];
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const folder of readdirSync(LIB).filter((name) => statSync(path.join(LIB, name)).isDirectory())) {
    const targets = new Set<string>();
    for (const file of filesUnder(path.join(LIB, folder))) {
      for (const match of readFileSync(file, "utf8").matchAll(/from\s+"@\/lib\/([a-z-]+)\//g)) {
        if (match[1] && match[1] !== folder) targets.add(match[1]);
      }
    }
    graph.set(folder, targets);
  }
  return graph;
}

function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "visiting") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "visiting");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe("lib folders", () => {
  it("import one way (no cycle between folders)", () => {
    expect(findCycle(folderGraph())).toBeNull();
  });

  it("would notice a cycle", () => {
    expect(
      findCycle(
        new Map([
          ["issues", new Set(["articles"])],
          ["articles", new Set(["issues"])],
        ]),
      ),
    ).toEqual(["issues", "articles", "issues"]);
  });
});
