/**
 * Where a session's memory goes: runs the sliders app in this process, takes a heap
 * snapshot before and after N idle sessions (page GET + websocket + PULL-DOC, sockets
 * left open), and prints the retained growth per session grouped by constructor.
 * Not part of `npm run bench` (a diagnostic): `node --expose-gc --import tsx bench/server/heap_breakdown.ts [N]`.
 */
import { writeHeapSnapshot } from "node:v8";
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type WebSocket from "ws";
import { buildServer, load_app } from "@dash/server";
import { page_session, sleep } from "./util.ts";

interface Groups { [key: string]: { count: number; size: number } }

function groups_of(file: string): Groups {
  const snap = JSON.parse(readFileSync(file, "utf8")) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    edges: number[];
    strings: string[];
  };
  const f = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const nf = f.length, it = f.indexOf("type"), iname = f.indexOf("name"), isz = f.indexOf("self_size");
  // Internal arrays and strings are named after what holds them (`(array) in Map.table`).
  const ef = (snap.snapshot.meta as unknown as { edge_fields: string[]; edge_types: [string[]] });
  const enf = ef.edge_fields.length, iec = f.indexOf("edge_count");
  const etypes = ef.edge_types[0];
  const holder = new Map<number, string>();
  for (let i = 0, e = 0; i < snap.nodes.length; i += nf) {
    const ptype = types[snap.nodes[i + it]!]!;
    const pname = ptype === "object" || ptype === "closure" ? snap.strings[snap.nodes[i + iname]!]!.slice(0, 30) : `(${ptype})`;
    for (let k = 0; k < snap.nodes[i + iec]!; k++, e += enf) {
      const to = snap.edges[e + 2]!;
      if (holder.has(to)) continue;
      const et = etypes[snap.edges[e]!]!;
      const en = et === "element" || et === "hidden" ? String(snap.edges[e + 1]) : snap.strings[snap.edges[e + 1]!]!;
      holder.set(to, `${pname}.${et === "element" ? "[]" : en.slice(0, 24)}`);
    }
  }
  const out: Groups = {};
  for (let i = 0; i < snap.nodes.length; i += nf) {
    const type = types[snap.nodes[i + it]!]!;
    let name = type === "object" || type === "closure" || type === "native" ? snap.strings[snap.nodes[i + iname]!]! : `(${type})`;
    if (type === "array" || type === "string" || type === "hidden" || type === "code") name += ` in ${holder.get(i) ?? "?"}`;
    if (type === "closure") name = `closure ${name}`;
    if (name.length > 60) name = name.slice(0, 60);
    const g = (out[name] ??= { count: 0, size: 0 });
    g.count++;
    g.size += snap.nodes[i + isz]!;
  }
  return out;
}

async function snapshot(): Promise<{ groups: Groups; used: number }> {
  for (let i = 0; i < 4; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    await sleep(50);
  }
  const file = writeHeapSnapshot(resolve("/tmp", `i15-heap-${process.pid}-${Date.now()}.heapsnapshot`));
  const groups = groups_of(file);
  rmSync(file);
  let used = 0;
  for (const g of Object.values(groups)) used += g.size;
  return { groups, used };
}

const n = Number(process.argv[2] ?? 300);
const app = await load_app(resolve(import.meta.dirname, "../../examples/sliders.ts"));
const f = buildServer({ apps: { sliders: app }, log_level: "warn", unused_session_lifetime: 600_000 });
await f.listen({ host: "127.0.0.1", port: 0 });
const addr = f.server.address() as { port: number };
const base = `http://127.0.0.1:${addr.port}`;
const sockets: WebSocket[] = [];
for (let i = 0; i < 20; i++) sockets.push(await page_session(base, "sliders"));
await sleep(500);
const a = await snapshot();
const rss0 = process.memoryUsage().rss;
for (let i = 0; i < n; i++) sockets.push(await page_session(base, "sliders"));
await sleep(1500);
const b = await snapshot();
const rss1 = process.memoryUsage().rss;
const rows = Object.entries(b.groups).map(([k, g]) => {
  const o = a.groups[k] ?? { count: 0, size: 0 };
  return { k, count: (g.count - o.count) / n, bytes: (g.size - o.size) / n };
}).filter((r) => Math.abs(r.bytes) > 16).sort((x, y) => y.bytes - x.bytes);
console.log(`heap growth per session: ${((b.used - a.used) / n / 1024).toFixed(1)} kB (RSS ${((rss1 - rss0) / n / 1024).toFixed(1)} kB, includes the client side of ${n} websockets)`);
console.log("per session: count, bytes, group");
for (const r of rows.slice(0, Number(process.argv[3] ?? 45))) console.log(`${r.count.toFixed(1).padStart(8)} ${r.bytes.toFixed(0).padStart(8)}  ${r.k}`);
for (const s of sockets) s.terminate();
await f.close();
