/**
 * `npm run bench -- compare`: every example and the compare gallery rendered by Dash's client and
 * by BokehJS 3.10 in one headless Chromium; prints the pixelmatch score per pair (share of
 * differing pixels; 0 = identical) and writes the pairs and diff images to docs/img/compare/.
 * `COMPARE_CASES=sliders,g_grid` runs some of them; `COMPARE_OUT=/tmp/x` writes elsewhere.
 */
import { launch_chromium } from "../../test/support/chromium.ts";
import { start } from "../../test/server/helpers.ts";
import { CASES, COMPARE_DIR, compare_case, load_apps, type Score } from "../../test/compare/compare.ts";

export async function run(): Promise<void> {
  const only = process.env.COMPARE_CASES?.split(",");
  const cases = CASES.filter((c) => only === undefined || only.includes(c.name));
  const server = await start(await load_apps(cases.map((c) => c.name)), { log_level: "warn" });
  const browser = await launch_chromium();
  const out = process.env.COMPARE_OUT ?? COMPARE_DIR;
  const rows: Score[] = [];
  try {
    for (const c of cases) {
      try {
        const s = await compare_case(browser, server.url(c.name), c, out);
        rows.push(s);
        console.log(`${c.name.padEnd(18)} ${(s.score * 100).toFixed(2).padStart(6)} %   (dash ${s.dash_ms} ms, bokehjs ${s.bokehjs_ms} ms)`);
      } catch (e) {
        console.log(`${c.name.padEnd(18)} failed: ${String(e).split("\n")[0]}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.table(rows.map((r) => ({ case: r.name, "differing px %": +(r.score * 100).toFixed(2) })));
  console.log(`pairs and diffs in ${out}`);
}
