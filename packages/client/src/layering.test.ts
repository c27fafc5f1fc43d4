// The client's layering (DESIGN.md "Client layering"): state/ imports only the protocol, format/
// nothing, views/ state and format (the base views/ neither plot/ nor widgets/), only main.ts
// composes views, and no directory imports one that imports it back.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = dirname(fileURLToPath(import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : []);
}

/** Every import of a source file (type-only ones too): relative ones as paths under src/, packages by name. */
function imports_of(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/g)) {
    const spec = m[1]!;
    out.push(spec.startsWith(".") ? relative(SRC, resolve(dirname(file), spec)) : spec);
  }
  return out;
}

/** The layer of a path under src/: its directory (views/plot/glyphs counts as views/plot). */
function layer(path: string): string {
  const parts = path.split("/");
  if (parts.length === 1) return parts[0]!;
  if (parts[0] === "views" && parts.length > 2) return `views/${parts[1]}`;
  return parts[0]!;
}

const graph = new Map(files(SRC).map((f) => [relative(SRC, f), imports_of(f)]));

function imports_of_layer(name: string): Set<string> {
  const out = new Set<string>();
  for (const [f, deps] of graph) if (layer(f) === name) for (const d of deps) out.add(d.endsWith(".ts") ? layer(d) : d);
  out.delete(name);
  return out;
}

describe("client layering", () => {
  it("state/ imports only the protocol (and immer)", () => {
    expect([...imports_of_layer("state")].sort()).toEqual(["@dash/protocol", "immer"]);
  });
  it("format/ imports nothing", () => {
    expect([...imports_of_layer("format")]).toEqual([]);
  });
  it("views/ import only state/, format/, views/ and libraries; the base views/ neither plot/ nor widgets/", () => {
    for (const v of ["views", "views/plot", "views/widgets"]) {
      const local = [...imports_of_layer(v)].filter((d) => !d.startsWith("@dash/") && !["pixi.js", "immer", "d3-scale", "sprintf-js"].includes(d));
      expect(local.filter((d) => !["state", "format", "views"].includes(d)), v).toEqual([]);
    }
    expect([...imports_of_layer("views/widgets")]).not.toContain("views/plot");
    expect([...imports_of_layer("views/plot")]).not.toContain("views/widgets");
  });
  it("only main.ts imports the plot and widget views' entry points", () => {
    const composers = [...graph].filter(([f, deps]) => !f.startsWith("views/") && deps.some((d) => d.startsWith("views/plot/") || d.startsWith("views/widgets/"))).map(([f]) => f);
    expect(composers).toEqual(["main.ts"]);
  });
  it("no import cycle between directories", () => {
    const edges = new Map<string, Set<string>>();
    for (const [f, deps] of graph) for (const d of deps) if (d.endsWith(".ts") && layer(d) !== layer(f)) {
      if (!edges.has(layer(f))) edges.set(layer(f), new Set());
      edges.get(layer(f))!.add(layer(d));
    }
    const reach = (from: string, to: string, seen = new Set<string>()): boolean => {
      for (const n of edges.get(from) ?? []) {
        if (n === to) return true;
        if (!seen.has(n)) { seen.add(n); if (reach(n, to, seen)) return true; }
      }
      return false;
    };
    const cycles = [...edges.keys()].filter((l) => reach(l, l));
    expect(cycles).toEqual([]);
  });
  it("no dev harness under src/", () => {
    expect([...graph.keys()].filter((f) => f.includes("dev/") || f.includes("harness"))).toEqual([]);
  });
});
