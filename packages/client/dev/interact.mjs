// Drive the harness: pan, wheel zoom, hover, stream; screenshot after each step.
// Usage: node packages/client/dev/interact.mjs [query] [prefix]
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";

const root = process.env.HARNESS_DIR ?? "/tmp/dash-harness";
const query = process.argv[2] ?? "";
const prefix = process.argv[3] ?? "/tmp/dash-int";
const types = { ".html": "text/html", ".js": "text/javascript", ".map": "application/json" };
const server = createServer((req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  try { const body = readFileSync(join(root, path === "/" ? "index.html" : path)); res.writeHead(200, { "content-type": types[extname(path)] ?? "text/html" }).end(body); }
  catch { res.writeHead(404).end(); }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.on("pageerror", (e) => console.log("[pageerror]", e.message));
  page.on("console", (m) => { if (m.type() === "error") console.log("[console.error]", m.text().slice(0, 300)); });
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${server.address().port}/${query}`, { timeout: 120000 });
  await page.waitForFunction(() => document.querySelectorAll(".dash-plot canvas").length === 3, null, { timeout: 60000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  console.log(`first render: ${Date.now() - t0} ms`);
  const box = await page.locator(".dash-plot").nth(0).boundingBox();
  const cx = box.x + 350, cy = box.y + 200;
  // wheel zoom in on fig1
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 3; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(50); }
  // pan
  await page.mouse.down();
  const tp = Date.now();
  for (let i = 1; i <= 10; i++) { await page.mouse.move(cx - i * 10, cy + i * 3); await page.evaluate(() => new Promise((r) => requestAnimationFrame(r))); }
  await page.mouse.up();
  console.log(`pan 10 frames: ${Date.now() - tp} ms`);
  await page.screenshot({ path: `${prefix}-zoompan.png` });
  // pan the third plot (big scatter when ?big=N)
  const b3 = await page.locator(".dash-plot").nth(2).boundingBox();
  await page.mouse.move(b3.x + 200, b3.y + 150);
  await page.mouse.down();
  const t3 = Date.now();
  for (let i = 1; i <= 10; i++) { await page.mouse.move(b3.x + 200 - i * 8, b3.y + 150); await page.evaluate(() => new Promise((r) => requestAnimationFrame(r))); }
  await page.mouse.up();
  console.log(`pan fig3 10 frames: ${Date.now() - t3} ms`);
  console.log("layout/render ms per plot:", JSON.stringify(await page.evaluate(() => [...document.querySelectorAll(".dash-plot")].map((e) => [e.dataset.layoutMs, e.dataset.renderMs]))));
  // reset fig1, hover a marker
  await page.locator(".dash-plot").nth(0).locator(".dash-tool").nth(5).click();
  await page.waitForTimeout(100);
  const log = await page.evaluate(() => window.__dash.log.slice(-4));
  console.log("host log tail:", JSON.stringify(log));
  const pos = await page.evaluate(() => {
    const d = window.__dash.doc.models["scatter_src"].attrs.data; return [d.x[0], d.y[0]];
  });
  console.log("marker0", pos);
  // stream rows via the button
  for (let i = 0; i < 3; i++) await page.getByText("Stream rows").click();
  await page.waitForTimeout(200);
  // hover near first marker (approximate position from screen scale unknown: scan)
  await page.mouse.move(box.x + 355 - 300 + 300, box.y + 51);
  await page.waitForTimeout(100);
  await page.screenshot({ path: `${prefix}-after.png` });
  console.log("tooltip visible:", await page.evaluate(() => [...document.querySelectorAll(".dash-tooltip")].some((t) => t.style.display === "block")));
  // echo check: a server-side change must not come back as set_attr
  const echo = await page.evaluate(() => {
    const d = window.__dash;
    const before = d.log.length;
    const doc = d.doc;
    const m = doc.models["slider"];
    const next = { ...doc, models: { ...doc.models, slider: { ...m, attrs: { ...m.attrs, value: 77 } } } };
    d.view.update(next);
    const shown = document.querySelector(".dash-slider .dash-slider-value")?.textContent;
    return { new_log: d.log.slice(before), shown };
  });
  console.log("echo check:", JSON.stringify(echo));
  await page.getByText("Live").click();
  console.log("toggle click log:", JSON.stringify(await page.evaluate(() => window.__dash.log.slice(-1))));
} finally {
  await browser.close();
  server.close();
}
