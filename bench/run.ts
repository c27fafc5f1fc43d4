/**
 * `npm run bench`: every benchmark, each reporting ratios against a baseline measured
 * in the same run. Pass names to run a subset: `npm run bench -- encode stream`
 * (`render-stream`: streaming into a line + scatter, Dash vs BokehJS; `fuzz`: hostile clients, issue 17).
 */
export {};
const benches: Record<string, () => Promise<{ run: () => unknown }>> = {
  encode: () => import("./protocol/encode.bench.ts"),
  stream: () => import("./protocol/stream.bench.ts"),
  sessions: () => import("./server/sessions.ts"),
  memory: () => import("./server/memory.ts"),
  fanout: () => import("./server/fanout.ts"),
  fuzz: () => import("./server/fuzz.ts"),
  shared: () => import("./shared/shared.bench.ts"),
  render: () => import("./client/render.bench.ts"),
  "render-stream": () => import("./client/render_stream.bench.ts"),
  redis: () => import("./redis/redis.bench.ts"),
};

const only = process.argv.slice(2);
for (const [name, load] of Object.entries(benches)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const mod = await load();
  await mod.run();
}
