/**
 * HTTP hardening of app pages: HEAD never runs the app; pages carry a CSP whose nonce is the
 * one their inline scripts carry, nosniff, a Referrer-Policy and frame-ancestors from the
 * option; websocket and bundle URLs never come from a forged Host header.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnDataSource, type AppModule } from "@dash/server";
import { start, type Running } from "./helpers.ts";

const created: string[] = [];
const app: AppModule = {
  default: (doc, ctx) => {
    created.push(ctx.id);
    doc.add_root(new ColumnDataSource({ data: { x: new Float64Array([1, 2, 3]) } }));
  },
};

/** A request with a chosen Host header (fetch does not allow setting it). */
function get(url: string, opts: { method?: string; host?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? "GET", headers: opts.host === undefined ? {} : { host: opts.host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

function directives(csp: string): Map<string, string> {
  return new Map(csp.split(";").map((d) => d.trim()).filter((d) => d !== "").map((d) => {
    const i = d.indexOf(" ");
    return [d.slice(0, i), d.slice(i + 1)] as [string, string];
  }));
}

describe("HEAD requests", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ one: app });
  });
  afterAll(() => r.close());

  it("HEAD of an app page or autoload.js answers 200 with the page's headers and creates no session", async () => {
    const manager = r.server.dash.managers.get("one")!;
    const before = created.length;
    for (let i = 0; i < 20; i++) {
      const res = await get(r.url("one"), { method: "HEAD" });
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toContain("text/html");
      expect(res.headers["content-security-policy"]).toBeDefined();
    }
    const js = await get(`${r.url("one")}/autoload.js?bokeh-autoload-element=x`, { method: "HEAD" });
    expect(js.status).toBe(200);
    expect(js.headers["content-type"]).toContain("javascript");
    expect(created.length).toBe(before);
    expect(manager.all().length).toBe(0);
    // GET still creates one
    await get(r.url("one"));
    expect(created.length).toBe(before + 1);
  });
});

describe("security headers", () => {
  let r: Running;
  let framed: Running;
  beforeAll(async () => {
    r = await start({ one: app });
    framed = await start({ one: app }, { frame_ancestors: "'self' https://host.example" });
  });
  afterAll(async () => {
    await r.close();
    await framed.close();
  });

  for (const client of ["dash", "bokehjs"]) {
    it(`the ${client} page: CSP with a fresh nonce that every inline script carries, nosniff, Referrer-Policy, frame-ancestors 'self'`, async () => {
      const a = await get(`${r.url("one")}?client=${client}`);
      const b = await get(`${r.url("one")}?client=${client}`);
      const csp = directives(String(a.headers["content-security-policy"]));
      expect(a.headers["x-content-type-options"]).toBe("nosniff");
      expect(a.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(csp.get("frame-ancestors")).toBe("'self'");
      expect(csp.get("object-src")).toBe("'none'");
      const script_src = csp.get("script-src")!;
      expect(script_src).not.toContain("'unsafe-inline'");
      const nonce = /'nonce-([^']+)'/.exec(script_src)![1]!;
      expect(String(b.headers["content-security-policy"])).not.toContain(nonce); // per response
      const inline = [...a.body.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)([^>]*)>/g)];
      expect(inline.length).toBeGreaterThan(0);
      for (const m of inline) expect(m[1]).toContain(`nonce="${nonce}"`);
    });
  }

  it("--frame-ancestors sets the directive; the index page and autoload.js get nosniff", async () => {
    const page = await get(framed.url("one"));
    expect(directives(String(page.headers["content-security-policy"])).get("frame-ancestors")).toBe("'self' https://host.example");
    const js = await get(`${r.url("one")}/autoload.js?bokeh-autoload-element=x`);
    expect(js.headers["x-content-type-options"]).toBe("nosniff");
  });
});

describe("websocket URLs do not come from the Host header", () => {
  let r: Running;
  let open: Running;
  beforeAll(async () => {
    r = await start({ one: app }, { allow_websocket_origin: ["dash.example.com:8443"] });
    open = await start({ one: app });
  });
  afterAll(async () => {
    await r.close();
    await open.close();
  });

  it("the page never names the Host it was asked with", async () => {
    const res = await get(r.url("one"), { host: "evil.example" });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain("evil.example");
    expect(res.body).toContain('location.host + item.app_path + "/ws"');
  });

  it("autoload.js uses the configured origin for a Host that is not allowed, and the Host when it is", async () => {
    const evil = await get(`${r.url("one")}/autoload.js?bokeh-autoload-element=x`, { host: "evil.example" });
    expect(evil.body).not.toContain("evil.example");
    expect(evil.body).toContain('"ws_url":"ws://dash.example.com:8443/one/ws"');
    expect(evil.body).toContain('"http://dash.example.com:8443/static/dash-client.js"');
    const bk = await get(`${r.url("one")}/autoload.js?bokeh-autoload-element=x&client=bokehjs`, { host: "evil.example" });
    expect(bk.body).not.toMatch(/evil\.example.*static/);
    expect(bk.body).toContain('"http://dash.example.com:8443/static/bokehjs/bokeh.min.js');
    const ok = await get(`${r.url("one")}/autoload.js?bokeh-autoload-element=x`, { host: "DASH.example.com:8443" });
    expect(ok.body).toContain('"ws_url":"ws://dash.example.com:8443/one/ws"');
  });

  it("with any origin allowed, autoload.js derives its URLs from its own script src in the browser", async () => {
    const res = await get(`${open.url("one")}/autoload.js?bokeh-autoload-element=x`, { host: "evil.example" });
    expect(res.body).toContain("document.currentScript");
    expect(res.body).toContain('"ws_url":""');
  });
});
