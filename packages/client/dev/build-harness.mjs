// Bundle the dev harness into /tmp/dash-harness (index.html + harness.js).
// Usage: node packages/client/dev/build-harness.mjs [outdir]
import { build } from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? "/tmp/dash-harness";
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, "harness.ts")],
  bundle: true,
  format: "esm",
  target: "es2022",
  outfile: join(out, "harness.js"),
  sourcemap: true,
  logLevel: "warning",
});
writeFileSync(join(out, "index.html"), `<!doctype html>
<html><head><meta charset="utf-8"><title>Dash harness</title>
<style>body { margin: 10px; background: #fff; }</style></head>
<body><div id="app"></div><script type="module" src="harness.js"></script></body></html>
`);
console.log(`harness written to ${out}`);
