/**
 * Soak: `dash serve` of three examples under 200 clients for a while (default 60 min;
 * `npm run bench -- soak --minutes 2`), sampling the server's RSS and event-loop delay
 * (p50/p99/max, from inside the process) every minute (`--sample-seconds S`).
 *
 * Clients: 80 viewers of examples/streaming.ts (a stream every 100 ms each), 80 editors of
 * examples/sliders.ts (a slider change every second, which recomputes and sends the curve),
 * 40 reconnecting clients on examples/widgets.ts (open a session, pull, stay 2-8 s, close,
 * repeat; their sessions expire as unused ones).
 *
 * Reported: the RSS trend (least-squares slope, MB per hour) and, as ratios against the
 * baseline of the same run (the first sample with every client connected): RSS last/first,
 * event-loop p99 last/first and against the idle server before clients came.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import WebSocket from "ws";
import { MsgType, Receiver, create_message, encode_message } from "@dash/server";
import { BIN, page_item, sleep, table } from "./util.ts";

interface Sample {
  readonly t_min: number;
  readonly rss: number;
  readonly heap: number;
  readonly external: number;
  readonly eld_p50: number;
  readonly eld_p99: number;
  readonly eld_max: number;
}

function flag(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : def;
}

/** Least-squares slope of y over x. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / n, my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0, den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? NaN : num / den;
}

class Client {
  private ws: WebSocket | null = null;
  private readonly rx = new Receiver();
  doc: { roots: unknown[] } | null = null;
  messages = 0;
  errors = 0;
  closed = false;

  async open(base: string, app: string): Promise<void> {
    const item = await page_item(base, app);
    await new Promise<void>((ok, fail) => {
      const ws = new WebSocket(item.ws_url, ["bokeh", item.token]);
      this.ws = ws;
      ws.on("message", (d: Buffer, bin: boolean) => {
        const m = this.rx.consume(bin ? d : d.toString());
        if (m === null) return;
        this.messages++;
        if (m.header.msgtype === MsgType.ACK) this.send(create_message(MsgType.PULL_DOC_REQ, {}));
        else if (m.header.msgtype === MsgType.PULL_DOC_REPLY) {
          this.doc = (m.content as { doc: { roots: unknown[] } }).doc;
          ok();
        } else if (m.header.msgtype === MsgType.ERROR) this.errors++;
      });
      ws.once("error", fail);
      ws.once("close", () => {
        this.closed = true;
        fail(new Error("closed before the pull"));
      });
    });
  }

  send(msg: ReturnType<typeof create_message>): void {
    if (this.ws?.readyState === WebSocket.OPEN) for (const f of encode_message(msg)) this.ws.send(f);
  }

  close(): void {
    this.ws?.close();
  }
}

/** Id of the model named `name` in a pulled document (models appear in full once). */
function id_of(doc: unknown, name: string): string | null {
  let found: string | null = null;
  const walk = (v: unknown): void => {
    if (found !== null || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach(walk);
    const o = v as Record<string, unknown>;
    if (o.type === "object" && (o.attributes as Record<string, unknown> | undefined)?.name === name) found = o.id as string;
    for (const x of Object.values(o)) walk(x);
  };
  walk(doc);
  return found;
}

export async function run(): Promise<Record<string, number>> {
  const minutes = flag("minutes", 60);
  const sample_s = flag("sample-seconds", Math.min(60, (minutes * 60) / 8));
  const root = resolve(import.meta.dirname, "../..");
  const apps = ["examples/streaming.ts", "examples/sliders.ts", "examples/widgets.ts"].map((a) => resolve(root, a));
  const proc = spawn(process.execPath, ["--import", resolve(import.meta.dirname, "soak_probe.mjs"), BIN, "serve", ...apps, "--port", "0", "--log-level", "warn"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const kill = (): void => void proc.kill("SIGKILL");
  process.once("exit", kill);
  let out = "";
  const pending: Array<(s: Omit<Sample, "t_min">) => void> = [];
  let errors_logged = 0;
  proc.stderr.on("data", (d: Buffer) => {
    for (const line of d.toString().split("\n")) {
      if (line.startsWith("SOAK ")) pending.shift()?.(JSON.parse(line.slice(5)) as Omit<Sample, "t_min">);
      else if (line.includes('"level":50')) errors_logged++;
    }
  });
  const base = await new Promise<string>((ok, fail) => {
    const t = setTimeout(() => fail(new Error(`server did not start: ${out}`)), 180_000);
    proc.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/[\d.]+:\d+)\//.exec(out);
      if (m) {
        clearTimeout(t);
        ok(m[1]!);
      }
    });
  });
  const probe = (): Promise<Omit<Sample, "t_min">> => new Promise((ok) => {
    pending.push(ok);
    proc.kill("SIGUSR2");
  });

  let stopping = false;
  const loops: Promise<void>[] = [];
  const viewers: Client[] = [], editors: Client[] = [];
  let reconnects = 0, edits = 0, failures = 0;
  try {
    await sleep(2000);
    await probe();
    await sleep(5000);
    const idle = await probe();

    for (let i = 0; i < 80; i++) {
      const v = new Client();
      await v.open(base, "streaming");
      viewers.push(v);
    }
    for (let i = 0; i < 80; i++) {
      const e = new Client();
      await e.open(base, "sliders");
      editors.push(e);
      const id = id_of(e.doc, "offset");
      if (id === null) throw new Error("sliders example has no 'offset' slider");
      loops.push((async () => {
        await sleep(Math.random() * 1000);
        while (!stopping) {
          const value = Math.round((Math.random() * 10 - 5) * 10) / 10;
          e.send(create_message(MsgType.PATCH_DOC, { events: [{ kind: "ModelChanged", model: { id }, attr: "value", new: value }] }));
          edits++;
          await sleep(1000);
        }
      })());
    }
    for (let i = 0; i < 40; i++) {
      loops.push((async () => {
        while (!stopping) {
          const c = new Client();
          try {
            await c.open(base, "widgets");
            reconnects++;
            await sleep(2000 + Math.random() * 6000);
          } catch {
            failures++;
          } finally {
            c.close();
          }
          await sleep(200);
        }
      })());
    }

    const samples: Sample[] = [];
    const t0 = performance.now();
    const end = t0 + minutes * 60_000;
    console.log(`\nsoak: 200 clients, ${minutes} min, a sample every ${sample_s} s`);
    while (performance.now() < end) {
      await sleep(Math.min(sample_s * 1000, end - performance.now()));
      const s = { t_min: (performance.now() - t0) / 60_000, ...(await probe()) };
      samples.push(s);
      console.log(`  ${s.t_min.toFixed(1)} min: RSS ${(s.rss / 2 ** 20).toFixed(0)} MB, heap ${(s.heap / 2 ** 20).toFixed(0)} MB, event loop p99 ${s.eld_p99.toFixed(1)} ms`);
    }
    stopping = true;
    const first = samples[0]!, last = samples.at(-1)!;
    const rss_slope = slope(samples.map((s) => s.t_min / 60), samples.map((s) => s.rss / 2 ** 20));
    // The first minutes include warm-up (resume logs and caches filling): the second half shows the trend.
    const half = samples.slice(Math.floor(samples.length / 2));
    const late_slope = slope(half.map((s) => s.t_min / 60), half.map((s) => s.rss / 2 ** 20));
    const heap_slope = slope(samples.map((s) => s.t_min / 60), samples.map((s) => s.heap / 2 ** 20));
    const stream_msgs = viewers.reduce((a, v) => a + v.messages, 0);
    table(`Soak (${minutes} min, 200 clients: 80 streaming viewers, 80 slider editors, 40 reconnecting)`,
      ["minute", "RSS (MB)", "heap (MB)", "ext+buffers (MB)", "loop p50 (ms)", "loop p99 (ms)", "loop max (ms)"],
      [{ t_min: 0, ...idle }, ...samples].map((s, i) => [i === 0 ? "idle" : s.t_min.toFixed(1), (s.rss / 2 ** 20).toFixed(0), (s.heap / 2 ** 20).toFixed(0),
        (s.external / 2 ** 20).toFixed(0), s.eld_p50.toFixed(1), s.eld_p99.toFixed(1), s.eld_max.toFixed(0)]));
    table("Trend and ratios (baseline: the first loaded sample of this run)", ["measure", "value"], [
      ["RSS slope (MB/hour, least squares)", rss_slope.toFixed(1)],
      ["RSS slope / first loaded RSS (per hour)", (rss_slope / (first.rss / 2 ** 20)).toFixed(3)],
      ["RSS slope, second half of the run (MB/hour)", late_slope.toFixed(1)],
      ["second-half slope / first loaded RSS (per hour)", (late_slope / (first.rss / 2 ** 20)).toFixed(3)],
      ["heap slope (MB/hour)", heap_slope.toFixed(1)],
      ["RSS last / first", (last.rss / first.rss).toFixed(3)],
      ["event loop p99 last / first", (last.eld_p99 / first.eld_p99).toFixed(2)],
      ["event loop p99 loaded / idle", (last.eld_p99 / idle.eld_p99).toFixed(2)],
      ["slider edits sent", edits],
      ["sessions opened by reconnecting clients", reconnects],
      ["reconnect failures", failures],
      ["messages received by streaming viewers", stream_msgs],
      ["viewers closed by the server", viewers.filter((v) => v.closed).length + editors.filter((e) => e.closed).length],
      ["ERROR replies", [...viewers, ...editors].reduce((a, c) => a + c.errors, 0)],
      ["error lines in the server log", errors_logged],
    ]);
    return { rss_slope_mb_per_hour: rss_slope, late_rss_slope_mb_per_hour: late_slope, rss_ratio: last.rss / first.rss, eld_p99_ratio: last.eld_p99 / first.eld_p99 };
  } finally {
    stopping = true;
    await Promise.race([Promise.all(loops), sleep(10_000)]);
    for (const c of [...viewers, ...editors]) c.close();
    await new Promise<void>((ok) => {
      proc.once("exit", () => ok());
      proc.kill("SIGTERM");
    });
    process.off("exit", kill);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
