// Screenshot the harness with Debian's chromium (WebGL and canvas renderers).
// Usage: node packages/client/dev/screenshot.mjs [query] [out.png]
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";

const root = process.env.HARNESS_DIR ?? "/tmp/dash-harness";
const query = process.argv[2] ?? "";
const out = process.argv[3] ?? "/tmp/dash-harness.png";
const types = { ".html": "text/html", ".js": "text/javascript", ".map": "application/json" };
const server = createServer((req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  try {
    const body = readFileSync(join(root, path === "/" ? "index.html" : path));
    res.writeHead(200, { "content-type": types[extname(path)] ?? "text/html" }).end(body);
  } catch { res.writeHead(404).end(); }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const port = server.address().port;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: Number(process.env.DPR ?? 1) });
  page.on("console", (m) => console.log(`[console.${m.type()}]`, m.text()));
  page.on("pageerror", (e) => console.log("[pageerror]", e.message));
  await page.goto(`http://127.0.0.1:${port}/${query}`);
  await page.waitForTimeout(Number(process.env.WAIT ?? 1500));
  if (process.env.SCRIPT) await page.evaluate(process.env.SCRIPT);
  if (process.env.SCRIPT) await page.waitForTimeout(500);
  const renderers = await page.evaluate(() => [...document.querySelectorAll(".dash-plot")].map((e) => e.dataset.renderer));
  console.log("renderers:", renderers.join(","));
  const clip = process.env.CLIP ? Object.fromEntries(["x", "y", "width", "height"].map((k, i) => [k, Number(process.env.CLIP.split(",")[i])])) : undefined;
  await page.screenshot({ path: out, fullPage: clip == null, clip });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
