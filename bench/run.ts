/**
 * `npm run bench`: every benchmark, each reporting ratios against a baseline measured
 * in the same run. Pass names to run a subset: `npm run bench -- encode stream`
 * (`render-stream`: streaming into a line + scatter, Dash vs BokehJS; `compare`: Dash vs BokehJS pixel scores per example, docs/img/compare/; `fuzz`: hostile clients, issue 17). `soak` (an hour of
 * 200 clients) runs only when named: `npm run bench -- soak --minutes 2`.
 * `sessions`, `memory` and `fanout` also measure a baseline checkout in the same run when
 * DASH_BENCH_BASE names one (`git worktree add /tmp/base <commit>`, node_modules hard-linked
 * in with `cp -al node_modules /tmp/base/`). Where a session's heap goes:
 * `node --expose-gc --import tsx bench/server/heap_breakdown.ts [sessions]`.
 */
export {};
const benches: Record<string, () => Promise<{ run: () => unknown }>> = {
  encode: () => import("./protocol/encode.bench.ts"),
  stream: () => import("./protocol/stream.bench.ts"),
  pull: () => import("./protocol/pull.bench.ts"),
  sessions: () => import("./server/sessions.ts"),
  memory: () => import("./server/memory.ts"),
  fanout: () => import("./server/fanout.ts"),
  fuzz: () => import("./server/fuzz.ts"),
  shared: () => import("./shared/shared.bench.ts"),
  render: () => import("./client/render.bench.ts"),
  "render-stream": () => import("./client/render_stream.bench.ts"),
  compare: () => import("./client/compare.bench.ts"),
  redis: () => import("./redis/redis.bench.ts"),
  bombs: () => import("./server/bombs.ts"),
  // Long (60 min by default; `-- soak --minutes 2`), so only when named.
  soak: () => import("./server/soak.ts"),
  catalog: () => import("./protocol/catalog.bench.ts"),
};
const ONLY_WHEN_NAMED = new Set(["soak"]);

// Names come first; flags after them (`--minutes 2`) are read by the benchmarks.
const args = process.argv.slice(2);
const first_flag = args.findIndex((a) => a.startsWith("--"));
const only = first_flag < 0 ? args : args.slice(0, first_flag);
for (const [name, load] of Object.entries(benches)) {
  if (only.length > 0 ? !only.includes(name) : ONLY_WHEN_NAMED.has(name)) continue;
  const mod = await load();
  await mod.run();
}
