/**
 * The browser client bundle: packages/client/src/main.ts built with esbuild into
 * packages/client/dist/dash-client.js when missing or older than any client (or
 * protocol) source file, so a fresh clone works after `npm install`. Built once per
 * process (re-checked per request with --dev); concurrent builders write atomically.
 * Beside it, dash-math.js (src/math/entry.ts: MathJax, ~1.6 MB) which the client loads only
 * when a document shows math text.
 *
 * Beside the bundle, the build writes dash-client.manifest.json: the model types the client
 * handles (its `handled_types()`, from its view registries), read by `--client auto`. It is
 * computed by running the client's registries in a child node process, so the server process
 * never loads client code.
 */
import { execFile } from "node:child_process";
import { readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyBaseLogger } from "fastify";
import type { ClientBundleOptions } from "./options.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_CLIENT_DIR = resolve(HERE, "../../client");
const PROTOCOL_SRC = resolve(HERE, "../../protocol/src");
export const BUNDLE_NAME = "dash-client.js";
export const MATH_BUNDLE_NAME = "dash-math.js";

async function newest_mtime(dir: string): Promise<number> {
  let newest = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, await newest_mtime(p));
    else if (/\.(ts|tsx|js|css)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) newest = Math.max(newest, (await stat(p)).mtimeMs);
  }
  return newest;
}

async function mtime(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

export interface Bundle {
  readonly contents: Buffer;
  readonly map: Buffer | null;
  /** The math chunk (null when the bundle was given as a file without one beside it). */
  readonly math: Buffer | null;
  /** The model types the client handles; null when the bundle has no manifest beside it (a prebuilt file without one). */
  readonly handled: ReadonlySet<string> | null;
}

/** dash-client.manifest.json */
export interface ClientManifest {
  /** Sorted model type names (Bokeh's), as the client's handled_types() returns them. */
  readonly types: readonly string[];
}

/** The manifest file beside a bundle file. */
export function manifest_path(bundle_file: string): string {
  return bundle_file.replace(/\.js$/, "") + ".manifest.json";
}

function parse_manifest(text: string, file: string): ReadonlySet<string> {
  const m: unknown = JSON.parse(text);
  const types = (m as Partial<ClientManifest> | null)?.types;
  if (!Array.isArray(types) || !types.every((t) => typeof t === "string")) throw new Error(`${file}: expected {"types": [string...]}`);
  return new Set(types);
}

// Node 20 has no navigator; pixi.js reads it when its modules load.
const NODE_SHIM = `globalThis.navigator ??= { userAgent: "node" };`;

/** Runs the client's handled_types() in a child node process (the server never loads client code) and returns the manifest. */
async function compute_manifest(client_src: string): Promise<ClientManifest> {
  const { build } = await import("esbuild");
  const out = await build({
    stdin: {
      contents: `import * as main from "./main.ts";\nconst f = main["handled_types"];\nprocess.stdout.write(JSON.stringify({ types: typeof f === "function" ? f() : [] }));\n`,
      resolveDir: client_src,
      sourcefile: "dash-manifest-entry.ts",
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    banner: { js: NODE_SHIM },
    logLevel: "silent",
  });
  const code = out.outputFiles[0]!.text;
  const stdout = await new Promise<string>((ok, fail) => {
    const child = execFile(process.execPath, ["-"], { maxBuffer: 16 * 1024 * 1024, timeout: 60_000 }, (err, so, se) => (err ? fail(new Error(`client manifest: ${err.message}\n${se}`)) : ok(so)));
    child.stdin!.end(code);
  });
  const types = [...parse_manifest(stdout, "handled_types()")].sort();
  return { types };
}

export class ClientBundle {
  private cached: Promise<Bundle> | null = null;
  private readonly client_dir: string;

  constructor(
    private readonly opts: ClientBundleOptions & { readonly dev: boolean },
    private readonly log: FastifyBaseLogger,
  ) {
    this.client_dir = opts.client_dir ?? DEFAULT_CLIENT_DIR;
  }

  get outfile(): string {
    return this.opts.file ?? join(this.client_dir, "dist", BUNDLE_NAME);
  }

  get math_outfile(): string {
    return join(dirname(this.outfile), MATH_BUNDLE_NAME);
  }

  get(): Promise<Bundle> {
    if (this.cached === null || this.opts.dev) {
      const p = this.load();
      this.cached = p;
      p.catch(() => {
        if (this.cached === p) this.cached = null;
      });
    }
    return this.cached;
  }

  get manifest_file(): string {
    return manifest_path(this.outfile);
  }

  /** The model types the client handles (null: no manifest); builds the bundle when needed. */
  async handled(): Promise<ReadonlySet<string> | null> {
    return (await this.get()).handled;
  }

  /** True when the bundle (or its manifest) must be (re)built. */
  async stale(): Promise<boolean> {
    const built = await mtime(this.outfile);
    if (built === null || (await mtime(this.manifest_file)) === null) return true;
    const sources = Math.max(await newest_mtime(join(this.client_dir, "src")), await newest_mtime(PROTOCOL_SRC));
    return sources > built;
  }

  private async load(): Promise<Bundle> {
    if (this.opts.file === undefined && (await this.stale())) await this.build();
    const contents = await readFile(this.outfile);
    const map = await readFile(this.outfile + ".map").catch(() => null);
    const math = await readFile(this.math_outfile).catch(() => null);
    const manifest = await readFile(this.manifest_file, "utf8").catch(() => null);
    const handled = manifest === null ? null : parse_manifest(manifest, this.manifest_file);
    return { contents, map, math, handled };
  }

  async build(): Promise<void> {
    const { build } = await import("esbuild");
    const entry = join(this.client_dir, "src", "main.ts");
    const tmp = `${this.outfile}.${process.pid}.${Date.now()}.tmp.js`;
    const t0 = performance.now();
    await build({
      entryPoints: [entry],
      outfile: tmp,
      bundle: true,
      format: "iife",
      globalName: "Dash",
      platform: "browser",
      target: "es2022",
      sourcemap: true,
      minify: !this.opts.dev,
      logLevel: "silent",
      legalComments: "none",
    });
    const manifest = await compute_manifest(join(this.client_dir, "src"));
    const tmp_manifest = `${tmp}.manifest.json`;
    await writeFile(tmp_manifest, JSON.stringify(manifest, null, 1) + "\n");
    await rename(tmp_manifest, this.manifest_file);
    const source_map = await readFile(tmp + ".map", "utf8");
    await writeFile(this.outfile + ".map", source_map);
    await unlink(tmp + ".map").catch(() => undefined);
    const js = (await readFile(tmp, "utf8")).replace(/\/\/# sourceMappingURL=.*$/m, `//# sourceMappingURL=${BUNDLE_NAME}.map`);
    await writeFile(tmp, js);
    const math_entry = join(this.client_dir, "src", "math", "entry.ts");
    if ((await mtime(math_entry)) !== null) await this.build_math(build, math_entry);
    await rename(tmp, this.outfile);
    this.log.info({ ms: Math.round(performance.now() - t0), outfile: this.outfile, handled_types: manifest.types.length }, "client bundle built");
  }

  /** The math chunk (written before the bundle, so a fresh bundle never goes without it). */
  private async build_math(build: typeof import("esbuild").build, entry: string): Promise<void> {
    const tmp = `${this.math_outfile}.${process.pid}.${Date.now()}.tmp.js`;
    await build({
      entryPoints: [entry],
      outfile: tmp,
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2022",
      minify: true,
      logLevel: "silent",
      legalComments: "none",
    });
    await rename(tmp, this.math_outfile);
  }
}
