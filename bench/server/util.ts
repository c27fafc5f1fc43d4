/** Bench helpers: a `dash serve` child process, its RSS, tokens, a counting websocket client. */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import WebSocket from "ws";
import { MsgType, Receiver, create_message, encode_message, generate_session_id, generate_token } from "@dash/server";

export const BIN = resolve(import.meta.dirname, "../../packages/server/bin/dash.js");

export interface Child {
  readonly proc: ChildProcess;
  readonly base: string;
  readonly port: number;
  rss(): number;
  stop(): Promise<void>;
}

/** Start a node script (or `dash serve`) and wait for the first http://host:port it prints. */
export async function spawn_server(args: string[], node_args: string[] = []): Promise<Child> {
  const proc = spawn(process.execPath, [...node_args, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  const kill = () => proc.kill("SIGKILL");
  process.once("exit", kill); // never leave a server behind, even when the bench fails
  let out = "";
  const base = await new Promise<string>((ok, fail) => {
    const t = setTimeout(() => fail(new Error(`server did not start: ${out}`)), 120_000); // slow on a loaded machine
    proc.stdout!.on("data", (d) => {
      out += d;
      const m = /(http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(t);
        ok(m[1]!);
      }
    });
    proc.on("exit", (code) => fail(new Error(`server exited (${code}): ${out}`)));
  });
  proc.stdout!.resume();
  return {
    proc,
    base,
    port: Number(new URL(base).port),
    rss: () => rss_of(proc.pid!),
    stop: () =>
      new Promise<void>((ok) => {
        proc.once("exit", () => {
          process.off("exit", kill);
          ok();
        });
        proc.kill("SIGTERM");
      }),
  };
}

export function spawn_dash(apps: string[], extra: string[] = [], bin = BIN): Promise<Child> {
  return spawn_server([bin, "serve", ...apps, "--port", "0", "--log-level", "warn", ...extra]);
}

/** A Dash checkout to run a bench against: this one, or a baseline built side by side. */
export interface Checkout {
  readonly label: string;
  /** The repository root (apps such as examples/sliders.ts resolve from here). */
  readonly root: string;
  readonly bin: string;
}

export const THIS: Checkout = { label: "this", root: resolve(import.meta.dirname, "../.."), bin: BIN };

/**
 * `DASH_BENCH_BASE=/path/to/checkout` (e.g. `git worktree add /tmp/base <commit>` with
 * node_modules hard-linked in): benches that support it also run that checkout's server,
 * in the same run, and report this checkout's figures as ratios against it.
 */
export function checkouts(): Checkout[] {
  const base = process.env.DASH_BENCH_BASE;
  if (base === undefined || base === "") return [THIS];
  const root = resolve(base);
  return [THIS, { label: "base", root, bin: resolve(root, "packages/server/bin/dash.js") }];
}

/** Resident set size of a process, in bytes (Linux /proc). */
export function rss_of(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) * 1024 : NaN;
}

/** CPU time (user + system) a process has used, in ms (Linux /proc, clock ticks of 10 ms). */
export function cpu_ms_of(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export function token(session_id = generate_session_id({ signed: false, secret_key: null })): string {
  return generate_token(session_id, { signed: false, secret_key: null }, 600_000);
}

/** Open a websocket; `on_message` is attached before the handshake (the server may send ACK in the same packet). */
export function open_ws(url: string, protocols: string[], on_message: (data: Buffer, binary: boolean) => void): Promise<WebSocket> {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(url, protocols);
    ws.on("message", on_message);
    ws.once("open", () => ok(ws));
    ws.once("error", fail);
  });
}

export function table(title: string, header: string[], rows: Array<Array<string | number>>): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => "| " + r.map((c, i) => c.padStart(widths[i]!)).join(" | ") + " |";
  console.log(`\n${title}`);
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of cells.slice(1)) console.log(line(r));
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** GET the app page (creating a session), open its websocket and pull; resolves with the open socket. */
/** GET a page over a kept-alive connection (node:http; fetch's per-request cost showed as the load client's bottleneck). */
const page_agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function get_text(url: string): Promise<string> {
  return new Promise((ok, fail) => {
    http.get(url, { agent: page_agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => (res.statusCode === 200 ? ok(body) : fail(new Error(`GET ${url}: ${res.statusCode} ${body.slice(0, 200)}`))));
      res.on("error", fail);
    }).on("error", fail);
  });
}

/** GET an app page (creating a session): its token and the websocket URL the page would build from `location`. */
export async function page_item(base: string, app: string): Promise<{ ws_url: string; token: string }> {
  const html = await get_text(`${base}/${app}`);
  const item = JSON.parse(/id="dash-render-item">(.*?)</.exec(html)![1]!) as { app_path: string; token: string };
  return { ws_url: `${base.replace(/^http/, "ws")}${item.app_path}/ws`, token: item.token };
}

export async function page_session(base: string, app: string): Promise<WebSocket> {
  const item = await page_item(base, app);
  const ws_url = item.ws_url;
  const rx = new Receiver();
  let ws: WebSocket | null = null;
  let pulled!: () => void;
  const done = new Promise<void>((r) => (pulled = r));
  let acked = false;
  const send_pull = () => {
    for (const f of encode_message(create_message(MsgType.PULL_DOC_REQ, {}))) ws!.send(f);
  };
  ws = await open_ws(ws_url, ["bokeh", item.token], (d, bin) => {
    const m = rx.consume(bin ? d : d.toString());
    if (m?.header.msgtype === MsgType.ACK) {
      acked = true;
      if (ws !== null) send_pull();
    } else if (m?.header.msgtype === MsgType.PULL_DOC_REPLY) pulled();
  });
  if (acked) send_pull();
  await done;
  return ws;
}
