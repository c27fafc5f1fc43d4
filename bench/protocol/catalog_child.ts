/** Child of catalog.bench.ts: loads the model layer ("hand": the hand-written models only; "all": the whole catalog), prints load ms and RSS after gc. */
export {};
const mode = process.argv[2];
const t0 = performance.now();
if (mode === "all") {
  await import("../../packages/protocol/src/models/index.ts");
} else {
  for (const p of ["plot_index.ts", "sources/index.ts", "layouts/index.ts", "widgets/index.ts", "expressions/index.ts"]) await import(`../../packages/protocol/src/models/${p}`);
}
const { Document } = await import("../../packages/protocol/src/document/document.ts");
const { figure } = await import("../../packages/protocol/src/models/plotting/index.ts");
// A session's worth of models: a figure with a line (what a 40-type session uses).
const doc = new Document();
const p = figure({ title: "t" });
p.line({ x: [1, 2, 3], y: [1, 2, 3] });
doc.add_root(p);
const ms = performance.now() - t0;
(globalThis as { gc?: () => void }).gc?.();
console.log(JSON.stringify({ ms, rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed }));
