/**
 * The cost of declaring BokehJS's whole catalog (406 types) against the hand-written models
 * alone (the catalog before it): load time of the model layer and RSS/heap of a process
 * that loaded it and built one figure, each in fresh child processes (median of 5,
 * alternating). Also `dash serve` start time to first listen and its idle RSS.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { table } from "../util.ts";
import { spawn_dash } from "../server/util.ts";

const child = fileURLToPath(new URL("./catalog_child.ts", import.meta.url));

function once(mode: string): { ms: number; rss: number; heap: number } {
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", child, mode], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as { ms: number; rss: number; heap: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<Record<string, number>> {
  const runs: Record<string, Array<{ ms: number; rss: number; heap: number }>> = { hand: [], all: [] };
  for (let i = 0; i < 5; i++) for (const m of ["hand", "all"]) runs[m]!.push(once(m));
  const agg = (m: string) => ({ ms: median(runs[m]!.map((r) => r.ms)), rss: median(runs[m]!.map((r) => r.rss)), heap: median(runs[m]!.map((r) => r.heap)) });
  const hand = agg("hand"), all = agg("all");
  const t0 = performance.now();
  const server = await spawn_dash(["examples/sliders.ts"]);
  const start_ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 1000));
  const idle_rss = server.rss();
  await server.stop();
  table("Model catalog cost: hand-written models (before) vs the whole BokehJS catalog (after)", [
    { what: "model layer load + one figure (ms)", before: hand.ms.toFixed(0), after: all.ms.toFixed(0), ratio: (all.ms / hand.ms).toFixed(2) },
    { what: "RSS after gc (MB)", before: (hand.rss / 2 ** 20).toFixed(1), after: (all.rss / 2 ** 20).toFixed(1), ratio: (all.rss / hand.rss).toFixed(2) },
    { what: "heap used after gc (MB)", before: (hand.heap / 2 ** 20).toFixed(1), after: (all.heap / 2 ** 20).toFixed(1), ratio: (all.heap / hand.heap).toFixed(2) },
    { what: "dash serve sliders: start to listening (ms) / idle RSS (MB)", before: "-", after: `${start_ms.toFixed(0)} / ${(idle_rss / 2 ** 20).toFixed(1)}`, ratio: "-" },
  ]);
  return { load_ratio: all.ms / hand.ms, rss_ratio: all.rss / hand.rss, heap_ratio: all.heap / hand.heap };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
