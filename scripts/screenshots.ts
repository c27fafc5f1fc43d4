/**
 * `npm run screenshots`: renders each example in headless Chromium and writes
 * docs/img/<example>.png (900x600 viewport), the README gallery.
 *
 *   npm run screenshots                      # every example
 *   npm run screenshots -- sliders widgets   # some of them
 *   SCREENSHOTS_DIR=/tmp/shots npm run screenshots
 *
 * Needs /usr/bin/chromium (or CHROMIUM=/path/to/chrome).
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { PNG } from "pngjs";
import { CHROMIUM_ARGS, ROOT, serve_example } from "../test/examples/serve.ts";
import { start_feed_server } from "../examples/feed_server.ts";

interface Shot {
  /** Extra preparation once the app has rendered (interactions, waiting for data). */
  prepare?: (page: Page) => Promise<void>;
  env?: () => Promise<{ env: Record<string, string>; close: () => Promise<void> }>;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const EXAMPLES: Record<string, Shot> = {
  sliders: {},
  streaming: { prepare: () => wait(4000) },
  websocket_feed: {
    env: async () => {
      const feed = await start_feed_server({ port: 0, interval_ms: 100, rows: 10 });
      return { env: { DASH_FEED_URL: feed.url }, close: () => feed.close() };
    },
    prepare: () => wait(5000),
  },
  crossfilter: {},
  linked_selection: {
    // box-select the upper right of the first plot so the highlight and histogram show
    prepare: async (page) => {
      const box = await page.locator(".dash-plot canvas").first().boundingBox();
      if (box === null) return;
      await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.12);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.4, { steps: 4 });
      await page.mouse.move(box.x + box.width * 0.92, box.y + box.height * 0.55, { steps: 4 });
      await page.mouse.up();
      await wait(800);
    },
  },
  widgets: {},
  data_table: {},
  shared_board: {
    // a few taps, as if several viewers had been drawing
    prepare: async (page) => {
      const box = await page.locator(".dash-plot canvas").first().boundingBox();
      if (box === null) return;
      for (let i = 0; i < 12; i++) {
        const t = i / 11;
        await page.mouse.click(box.x + box.width * (0.12 + 0.75 * t), box.y + box.height * (0.75 - 0.55 * Math.sin(t * Math.PI)));
      }
      await wait(800);
    },
  },
  big_scatter: { prepare: () => wait(1000) },
  categorical: {},
};

async function render_ready(page: Page): Promise<void> {
  await page.waitForSelector("[data-dash-ready=true]", { timeout: 60_000 });
  await page.waitForFunction(
    () => [...document.querySelectorAll<HTMLElement>(".dash-plot")].every((p) => p.dataset["renderMs"] !== undefined),
    undefined, { timeout: 60_000 },
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/**
 * Re-encode as an 8-bit palette PNG: the 256 most frequent colours (after dropping the low
 * 3 bits of each channel) and every pixel mapped to the nearest of them. Screenshots of
 * plots and widgets have few distinct colours, so this loses little and shrinks a lot.
 */
function compress(buf: Buffer): Buffer {
  const png = PNG.sync.read(buf);
  const { width, height, data } = png;
  const key = (i: number) => ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3);
  const sums = new Map<number, [number, number, number, number]>(); // count, r, g, b
  for (let i = 0; i < data.length; i += 4) {
    const k = key(i);
    const e = sums.get(k) ?? [0, 0, 0, 0];
    e[0]++; e[1] += data[i]!; e[2] += data[i + 1]!; e[3] += data[i + 2]!;
    sums.set(k, e);
  }
  const top = [...sums.entries()].sort((a, b) => b[1][0] - a[1][0]).slice(0, 256);
  const palette = top.map(([k]) => k);
  // each palette entry is the mean of the pixels in its bucket (pure white stays pure white)
  const rgb = top.map(([, [n, r, g, b]]) => [Math.round(r / n), Math.round(g / n), Math.round(b / n)] as const);
  const nearest = new Map<number, number>();
  palette.forEach((k, i) => nearest.set(k, i));
  const index_of = (k: number): number => {
    let idx = nearest.get(k);
    if (idx !== undefined) return idx;
    const r = ((k >> 10) & 31) * 8 + 4, g = ((k >> 5) & 31) * 8 + 4, b = (k & 31) * 8 + 4;
    let best = Infinity;
    idx = 0;
    rgb.forEach(([pr, pg, pb], i) => {
      const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (d < best) { best = d; idx = i; }
    });
    nearest.set(k, idx);
    return idx;
  };
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none (best for palette images)
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = index_of(key((y * width + x) * 4));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(3, 9); // colour type: palette
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("PLTE", Buffer.from(rgb.flat())),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function main(): Promise<void> {
  const out_dir = process.env.SCREENSHOTS_DIR ?? join(ROOT, "docs/img");
  mkdirSync(out_dir, { recursive: true });
  const wanted = process.argv.slice(2).filter((a) => a !== "--");
  for (const w of wanted) if (!(w in EXAMPLES)) throw new Error(`unknown example '${w}' (known: ${Object.keys(EXAMPLES).join(", ")})`);
  const names = wanted.length > 0 ? wanted : Object.keys(EXAMPLES);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS] });
  let failed = 0;
  try {
    for (const name of names) {
      const spec = EXAMPLES[name]!;
      const extra = spec.env ? await spec.env() : null;
      const served = await serve_example(name, { env: extra?.env ?? {} });
      const ctx = await browser.newContext({ viewport: { width: 900, height: 600 } });
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      page.on("pageerror", (e) => errors.push(String(e)));
      try {
        await page.goto(served.url);
        await render_ready(page);
        await spec.prepare?.(page);
        await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
        const file = join(out_dir, `${name}.png`);
        writeFileSync(file, compress(await page.screenshot()));
        const kb = Math.round(statSync(file).size / 1024);
        console.log(`${file}  ${kb} KB${errors.length > 0 ? `  (page errors: ${errors.join("; ")})` : ""}`);
      } catch (e) {
        failed++;
        console.error(`${name}: ${e instanceof Error ? e.message : String(e)}\n${served.output()}`);
      } finally {
        await ctx.close();
        await served.stop();
        await extra?.close();
      }
    }
  } finally {
    await browser.close();
  }
  if (failed > 0) process.exit(1);
}

await main();
