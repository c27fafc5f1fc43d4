/**
 * `dash init DIR`: a runnable app folder — main.ts, a tsconfig.json that type-checks it
 * against the Dash running this command (its declarations and @types), and a package.json
 * whose scripts serve, check and type-check it with that Dash. Refuses to overwrite files.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_COMPILER_OPTIONS, types_entry } from "./check.ts";
import type { CliIO } from "./cli.ts";

const SERVER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const MAIN_TS = `import { ColumnDataSource, Slider, column, figure, type Document } from "@dash/server";

export default function app(doc: Document): void {
  const N = 200;
  const x = new Float64Array(N);
  for (let i = 0; i < N; i++) x[i] = (i / (N - 1)) * 4 * Math.PI;
  const source = new ColumnDataSource({ data: { x, y: x.map(Math.sin) } });
  const plot = figure({ title: "my app", width: 600, height: 300, tools: "pan,wheel_zoom,reset" });
  plot.line({ x: "x", y: "y", source, line_width: 2 });
  const freq = new Slider({ title: "frequency", value: 1, start: 0.1, end: 5, step: 0.1 });
  freq.on_change("value", (_attr, _old, value) => {
    const f = Number(value);
    source.data = { x, y: x.map((v) => Math.sin(f * v)) };
  });
  doc.add_root(column(freq, plot));
  doc.title = "my app";
}
`;

function find_up(from: string, name: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return null;
  }
}

/** A path as written into a config in `dir`: relative when close, so the folder can move with its repository. */
function rel(dir: string, p: string): string {
  const r = relative(dir, p);
  return r.startsWith("..") && r.split("/").filter((s) => s === "..").length > 4 ? p : r.startsWith(".") ? r : `./${r}`;
}

export async function init_command(args: readonly string[], io: CliIO): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith("-")) {
    io.err("Usage: dash init DIR   (writes DIR/main.ts, DIR/tsconfig.json, DIR/package.json)");
    return 2;
  }
  const dir = resolve(args[0]!);
  const files = ["main.ts", "tsconfig.json", "package.json"];
  const taken = files.filter((f) => existsSync(join(dir, f)));
  if (taken.length > 0) {
    io.err(`dash init: ${dir} already has ${taken.join(", ")}; nothing written`);
    return 2;
  }
  mkdirSync(dir, { recursive: true });
  const paths: Record<string, string[]> = {};
  for (const pkg of ["@dash/server", "@dash/protocol"]) {
    const t = types_entry(pkg);
    if (t !== null) paths[pkg] = [rel(dir, t)];
  }
  const types_dir = find_up(SERVER_DIR, join("node_modules", "@types"));
  const tsconfig = {
    compilerOptions: {
      ...DEFAULT_COMPILER_OPTIONS,
      noEmit: true,
      paths,
      ...(types_dir !== null ? { typeRoots: [rel(dir, types_dir)] } : {}),
    },
    include: ["**/*.ts"],
    exclude: ["node_modules"],
  };
  const bin = rel(dir, join(SERVER_DIR, "bin", "dash.js"));
  let tsc: string | null = null;
  try {
    tsc = rel(dir, join(dirname(createRequire(join(SERVER_DIR, "noop.js")).resolve("typescript/package.json")), "bin", "tsc"));
  } catch {
    // no compiler beside Dash: the typecheck script is left out (dash check says it skipped)
  }
  const pkg = {
    name: basename(dir).toLowerCase().replace(/[^a-z0-9._-]/g, "-") || "dash-app",
    private: true,
    type: "module",
    scripts: {
      serve: `node ${bin} serve . --show`,
      dev: `node ${bin} serve . --dev`,
      check: `node ${bin} check .`,
      ...(tsc !== null ? { typecheck: `node ${tsc} --noEmit -p .` } : {}),
    },
  };
  writeFileSync(join(dir, "main.ts"), MAIN_TS);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2) + "\n");
  writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
  io.out(`dash init: wrote ${files.map((f) => join(dir, f)).join(", ")}`);
  io.out(`Next: cd ${relative(process.cwd(), dir) || "."} && npm run check && npm run serve`);
  return 0;
}
