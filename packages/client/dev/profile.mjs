// Time relayout() and app.render() (+ a GPU sync via readPixels) per plot inside the page.
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";

const root = process.env.HARNESS_DIR ?? "/tmp/dash-harness";
const query = process.argv[2] ?? "";
const server = createServer((req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  try { const body = readFileSync(join(root, path === "/" ? "index.html" : path)); res.writeHead(200, { "content-type": extname(path) === ".js" ? "text/javascript" : "text/html" }).end(body); }
  catch { res.writeHead(404).end(); }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", ...(process.env.ARGS ? process.env.ARGS.split(" ") : [])] });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.on("pageerror", (e) => console.log("[pageerror]", e.message));
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${server.address().port}/${query}`, { timeout: 120000 });
  await page.waitForFunction(() => document.querySelectorAll(".dash-plot canvas").length === 3, null, { timeout: 120000 });
  console.log(`loaded in ${Date.now() - t0} ms`);
  const out = await page.evaluate(() => {
    const views = [...window.__dash.view.views.values()].map((e) => e.view).filter((v) => v.plot != null).map((v) => v.plot);
    return views.map((p) => {
      const res = { id: p.plot.id, backend: p.backend };
      let t = performance.now();
      for (let i = 0; i < 5; i++) { p.layout_dirty = true; p.relayout(); }
      res.relayout = ((performance.now() - t) / 5).toFixed(1);
      const gl = p.app.renderer.gl;
      t = performance.now();
      for (let i = 0; i < 5; i++) { p.app.render(); if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4)); }
      res.render_sync = ((performance.now() - t) / 5).toFixed(1);
      for (const e of p.views.values()) e.view.set_lod?.(10);
      t = performance.now();
      for (let i = 0; i < 5; i++) { p.app.render(); if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4)); }
      res.render_sync_lod10 = ((performance.now() - t) / 5).toFixed(1);
      t = performance.now();
      for (let i = 0; i < 5; i++) { p.set_screen_ranges([p.frame().x - 5, p.frame().x + p.frame().w - 5], null); p.relayout(); p.app.render(); if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4)); }
      res.pan_step = ((performance.now() - t) / 5).toFixed(1);
      for (const e of p.views.values()) e.view.set_lod?.(1);
      res.gl = gl ? (gl instanceof WebGL2RenderingContext ? "webgl2" : "webgl1") : "none";
      return res;
    });
  });
  console.log(JSON.stringify(out, null, 0));
} finally {
  await browser.close();
  server.close();
}
