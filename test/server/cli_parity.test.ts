/**
 * `dash serve` as `bokeh serve`, through the real CLI: each test spawns `dash`, talks to it
 * over real HTTP(S) and websockets, and kills it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get as https_get } from "node:https";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { MsgType } from "@dash/server";
import { RawClient } from "./helpers.ts";

const BIN = resolve("packages/server/bin/dash.js");
const SECRET = "a-cookie-secret-of-at-least-32-bytes!!";

interface Served {
  url: string;
  out(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcessWithoutNullStreams>();

/** `dash serve ARGS` until it prints its URL (the test stops it; afterAll kills leftovers). */
function serve(args: string[], cwd = process.cwd()): Promise<Served> {
  const p = spawn(process.execPath, [BIN, "serve", ...args], { cwd, env: { ...process.env, DISPLAY: "" } });
  running.add(p);
  let out = "";
  p.stdout.on("data", (d) => (out += d));
  p.stderr.on("data", (d) => (out += d));
  const exited = new Promise<void>((ok) => p.on("close", () => ok()));
  const stop = async (): Promise<void> => {
    if (p.exitCode === null && p.signalCode === null) p.kill("SIGTERM");
    await exited;
    running.delete(p);
  };
  return new Promise((ok, fail) => {
    const t = setTimeout(() => void stop().then(() => fail(new Error(`no URL printed:\n${out}`))), 90_000);
    const look = (): void => {
      const m = /running at: (https?:\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        ok({ url: m[1]!, out: () => out, stop });
      }
    };
    p.stdout.on("data", look);
    p.on("close", (code) => {
      clearTimeout(t);
      fail(new Error(`dash serve exited with ${code}:\n${out}`));
    });
  });
}

function run(args: string[], cwd = process.cwd()): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd });
    running.add(p);
    let out = "", err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("close", (code) => {
      running.delete(p);
      done({ code, out, err });
    });
  });
}

async function poll<T>(f: () => T | undefined | Promise<T | undefined>, why: () => string, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(why());
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

const token_of = (html: string): string => JSON.parse(/id="dash-render-item">(.*?)</.exec(html)![1]!).token as string;
/** The websocket URL the page builds from `location` (its render item has the app path, not a URL). */
const ws_url_of = (html: string, page_url: string): string => {
  const u = new URL(page_url);
  const item = JSON.parse(/id="dash-render-item">(.*?)</.exec(html)![1]!) as { app_path: string };
  return `${u.protocol === "https:" ? "wss" : "ws"}://${u.host}${item.app_path}/ws`;
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dash-parity-"));
  const app = (title: string): string =>
    `import type { Document } from "@dash/server";\nexport default function app(doc: Document): void { doc.title = ${title}; }\n`;
  mkdirSync(join(dir, "apps"));
  writeFileSync(join(dir, "apps", "alpha.ts"), app(`"args:" + process.argv.slice(2).join(",")`));
  writeFileSync(join(dir, "apps", "beta.ts"), app(`"beta"`));
  writeFileSync(join(dir, "good.ts"), app(`"good"`));
  writeFileSync(join(dir, "typo.ts"), `import type { Document } from "@dash/server";
export default function app(doc: Document): void {
  const n: number = "three";
  doc.title = String(n);
}
`);
  writeFileSync(join(dir, "throws.ts"), `import type { Document } from "@dash/server";
export default function app(doc: Document): void {
  doc.title = "x";
  throw new Error("no data file");
}
`);
  writeFileSync(join(dir, "index.html"), `<html><body><h1>My apps</h1><ul class="mine">{{ items }}</ul><p>prefix={{prefix}}</p></body></html>`);
  writeFileSync(join(dir, "auth.ts"), `import type { FastifyReply, FastifyRequest } from "fastify";
type Req = FastifyRequest & { cookies: Record<string, string | undefined>; unsignCookie(v: string): { valid: boolean; value: string | null } };
type Rep = FastifyReply & { setCookie(n: string, v: string, o: object): Rep; clearCookie(n: string, o: object): Rep };
export function get_user(req: Req): string | null {
  const c = req.cookies.user;
  if (c === undefined) return null;
  const u = req.unsignCookie(c);
  return u.valid ? u.value : null;
}
export const login_url = "/login";
export function login_handler(req: Req, reply: Rep) {
  const body = (req.body ?? {}) as Record<string, string>;
  if (req.method === "GET") return reply.type("text/html").send("<form method=post><input name=user></form>");
  if (body.user !== "alice") return reply.code(403).send("who?");
  const next = String((req.query as Record<string, string>).next ?? "/");
  return reply.setCookie("user", body.user, { signed: true, path: "/", httpOnly: true }).redirect(next);
}
export const logout_url = "/logout";
export function logout_handler(_req: Req, reply: Rep) {
  return reply.clearCookie("user", { path: "/" }).redirect("/login");
}
`);
});
afterAll(() => {
  for (const p of running) p.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("mistakes early: dash check and dash serve", () => {
  it("a type error and an app that throws exit 2 with file:line; a good app passes", { timeout: 240_000 }, async () => {
    const [bad, good, served] = await Promise.all([
      run(["check", join(dir, "typo.ts"), join(dir, "throws.ts")]),
      run(["check", join(dir, "good.ts")]),
      run(["serve", join(dir, "throws.ts"), "--port", "0"]),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`${join(dir, "typo.ts")}:3:9: Type 'string' is not assignable to type 'number'. (TS2322)`);
    expect(bad.err).toContain(`${join(dir, "throws.ts")}:4:9: the app function threw: no data file`);
    expect(good.code).toBe(0);
    expect(good.out).toContain("good OK");
    expect(served.code).toBe(2);
    expect(served.err).toContain("the app function threw: no data file");
    expect(served.out).not.toContain("running at");
  });

  it("--dev: an edit with a type error is shown on the page while the last good code serves; fixing it clears it", { timeout: 240_000 }, async () => {
    const file = join(dir, "devapp.ts");
    const app = (title: string): string => `import type { Document } from "@dash/server";\nexport default function app(doc: Document): void { doc.title = ${JSON.stringify(title)}; }\n`;
    writeFileSync(file, app("one"));
    const s = await serve([file, "--port", "0", "--dev"]);
    try {
      const page = async (): Promise<string> => (await fetch(s.url)).text();
      expect(await page()).toContain("<title>one</title>");
      expect(s.out()).toMatch(/running at: \S+\/devapp \(loaded in \d+ ms, checked in \d+ ms\)/);
      writeFileSync(file, `import type { Document } from "@dash/server";\nexport default function app(doc: Document): void { const n: number = "x"; doc.title = "two" + n; }\n`);
      const html = await poll(async () => {
        const h = await page();
        return h.includes("dash-dev-error") ? h : undefined;
      }, () => `no error on the page: ${s.out()}`);
      expect(html).toContain("TS2322");
      expect(html).toContain("devapp.ts:2:");
      expect(html).toContain("<title>one</title>");
      writeFileSync(file, app("three"));
      await poll(async () => ((await page()).includes("<title>three</title>") ? true : undefined), () => `never reloaded: ${s.out()}`);
      expect(await page()).not.toContain("dash-dev-error");
    } finally {
      await s.stop();
    }
  });
});

describe("bokeh serve flags", () => {
  it("--glob, --args, --index, --use-xheaders, compression, token expiration, stats and memory logs, /liveness and /metrics", { timeout: 180_000 }, async () => {
    const s = await serve([
      "apps/*.ts", "--glob", "--port", "0", "--skip-check",
      "--index", "index.html", "--use-xheaders", "--websocket-compression-level", "6",
      "--session-token-expiration", "2", "--stats-log-frequency", "300", "--mem-log-frequency", "300",
      "--args", "first", "--second",
    ], dir);
    try {
      const base = new URL(s.url).origin;
      expect(s.out()).toContain(`${base}/alpha`);
      // Each app prints its readiness line when it is ready: wait for the second one too.
      for (let i = 0; i < 600 && !s.out().includes(`${base}/beta`); i++) await new Promise((ok) => setTimeout(ok, 50));
      expect(s.out()).toContain(`${base}/beta`);
      // --index
      const index = await (await fetch(base + "/")).text();
      expect(index).toContain(`<ul class="mine"><li><a href="/alpha">alpha</a></li>`);
      expect(index).toContain("prefix=</p>");
      // --args reach the app as process.argv.slice(2)
      const page = await (await fetch(`${base}/alpha`)).text();
      expect(page).toContain("<title>args:first,--second</title>");
      // --use-xheaders: the scheme and host the proxy says are what autoload.js embeds with
      // (the page itself builds its websocket URL from the browser's location).
      const proxied = await (await fetch(`${base}/beta/autoload.js?bokeh-autoload-element=el`, { headers: { "x-forwarded-proto": "https", "x-forwarded-host": "dash.example.com" } })).text();
      // The scheme is the proxy's; the host is one of the allowed origins (a forwarded Host that is not allowed is not trusted).
      expect(proxied).toMatch(/"https:\/\/[^"]+\/beta"/);
      // permessage-deflate negotiated when the client offers it
      const c = new RawClient(`${base.replace("http", "ws")}/alpha/ws`, token_of(page), { perMessageDeflate: true });
      await c.next(MsgType.ACK);
      expect(c.ws.extensions).toContain("permessage-deflate");
      const reply = await c.pull();
      expect(reply.header.msgtype).toBe(MsgType.PULL_DOC_REPLY);
      // /liveness and /metrics
      expect(await (await fetch(`${base}/liveness`)).json()).toEqual({ alive: true });
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toMatch(/^dash_sessions\{app="alpha"\} [1-9]/m);
      expect(metrics).toMatch(/^dash_connections 1$/m);
      expect(metrics).toMatch(/^dash_messages_sent_total [1-9]/m);
      expect(metrics).toMatch(/^dash_bytes_received_total [1-9]/m);
      expect(metrics).toMatch(/^dash_send_queue_drops_total 0$/m);
      c.close();
      // --session-token-expiration 2 (seconds): a token older than that cannot open a websocket
      const old = token_of(await (await fetch(`${base}/beta`)).text());
      await new Promise((ok) => setTimeout(ok, 2100));
      const late = new RawClient(`${base.replace("http", "ws")}/beta/ws`, old);
      const closed = await late.wait_closed();
      expect(closed.code).toBe(1008);
      expect(closed.reason).toContain("DASH_ERR_TOKEN_EXPIRED");
      // --stats-log-frequency / --mem-log-frequency
      await poll(() => (/sessions, \d+ connections/.test(s.out()) && /memory: rss [\d.]+ MiB/.test(s.out()) ? true : undefined), () => `no stats lines: ${s.out()}`, 20_000);
    } finally {
      await s.stop();
    }
  });

  it("--ssl-certfile/--ssl-keyfile serve HTTPS and WSS; --disable-index leaves / unserved", { timeout: 180_000 }, async () => {
    const key = join(dir, "key.pem"), cert = join(dir, "cert.pem");
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
      "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"], { stdio: "ignore" });
    const ca = readFileSync(cert);
    const s = await serve([join(dir, "good.ts"), "--port", "0", "--skip-check", "--ssl-certfile", cert, "--ssl-keyfile", key, "--disable-index"]);
    try {
      expect(s.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/good$/);
      const get = (url: string): Promise<{ status: number; body: string }> => new Promise((ok, fail) => {
        https_get(url, { ca }, (res) => {
          let body = "";
          res.on("data", (d) => (body += d));
          res.on("end", () => ok({ status: res.statusCode ?? 0, body }));
        }).on("error", fail);
      });
      const page = await get(s.url);
      expect(page.status).toBe(200);
      expect(ws_url_of(page.body, s.url)).toMatch(/^wss:\/\//);
      const c = new RawClient(ws_url_of(page.body, s.url), token_of(page.body), { ca });
      await c.next(MsgType.ACK);
      expect((await c.pull()).header.msgtype).toBe(MsgType.PULL_DOC_REPLY);
      c.close();
      expect((await get(new URL(s.url).origin + "/")).status).toBe(404);
      // plain HTTP is not served on the TLS port
      await expect(fetch(s.url.replace("https:", "http:"))).rejects.toThrow();
    } finally {
      await s.stop();
    }
  });

  it("--auth-module: pages redirect to login, websockets are refused without a user; login sets a signed cookie", { timeout: 180_000 }, async () => {
    const refused = await run(["serve", join(dir, "good.ts"), "--auth-module", join(dir, "auth.ts"), "--skip-check"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--auth-module needs --cookie-secret");
    const s = await serve([join(dir, "good.ts"), "--port", "0", "--skip-check", "--auth-module", join(dir, "auth.ts"), "--cookie-secret", SECRET]);
    try {
      const base = new URL(s.url).origin;
      const anon = await fetch(s.url, { redirect: "manual" });
      expect(anon.status).toBe(302);
      expect(anon.headers.get("location")).toBe("/login?next=%2Fgood");
      // a token from an earlier visit does not help a websocket without a user
      const ws_anon = new RawClient(`${base.replace("http", "ws")}/good/ws`, "x");
      await expect(ws_anon.opened).rejects.toThrow("HTTP 401");
      // a forged (unsigned) cookie is no user
      expect((await fetch(s.url, { redirect: "manual", headers: { cookie: "user=alice" } })).status).toBe(302);
      const wrong = await fetch(`${base}/login?next=%2Fgood`, { method: "POST", body: new URLSearchParams({ user: "mallory" }), redirect: "manual" });
      expect(wrong.status).toBe(403);
      const login = await fetch(`${base}/login?next=%2Fgood`, { method: "POST", body: new URLSearchParams({ user: "alice" }), redirect: "manual" });
      expect(login.status).toBe(302);
      expect(login.headers.get("location")).toBe("/good");
      const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
      const page = await fetch(s.url, { headers: { cookie } });
      expect(page.status).toBe(200);
      const html = await page.text();
      const c = new RawClient(`${base.replace("http", "ws")}/good/ws`, token_of(html), { headers: { cookie } });
      await c.next(MsgType.ACK);
      c.close();
      const out = await fetch(`${base}/logout`, { redirect: "manual", headers: { cookie } });
      expect(out.headers.get("set-cookie")).toMatch(/^user=;/);
      expect((await fetch(`${base}/liveness`)).status).toBe(200); // the health route needs no user
    } finally {
      await s.stop();
    }
  });
});

describe("apps anywhere", () => {
  it("dash init writes an app folder that dash check passes, tsc type-checks and dash serve serves", { timeout: 240_000 }, async () => {
    const target = join(dir, "myapp");
    const init = await run(["init", target]);
    expect(init.code, init.err).toBe(0);
    const again = await run(["init", target]);
    expect(again.code).toBe(2);
    expect(again.err).toContain("already has main.ts");
    const pkg = JSON.parse(readFileSync(join(target, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(Object.keys(pkg.scripts)).toEqual(expect.arrayContaining(["serve", "check", "typecheck"]));
    const check = await run(["check", "."], target);
    expect(check.code, check.err).toBe(0);
    // the written tsconfig catches a type error on its own (what an editor or `npm run typecheck` sees)
    const [, ...tsc_args] = pkg.scripts.typecheck!.split(" ");
    execFileSync(process.execPath, tsc_args, { cwd: target, stdio: "pipe" });
    const s = await serve([".", "--port", "0", "--skip-check"], target);
    try {
      expect(s.url).toMatch(/\/myapp$/);
      expect(await (await fetch(s.url)).text()).toContain("<title>my app</title>");
    } finally {
      await s.stop();
    }
  });
});
