/** `--client` / `client` option and the BokehJS routes under a prefix (no browser). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolve_options, type ServerOptions } from "@dash/server";
import { main } from "../../packages/server/src/cli.ts";
import { start, type Running } from "../server/helpers.ts";
import * as widgets from "./apps/widgets.ts";

describe("client option", () => {
  it("defaults to auto, accepts dash and bokehjs, refuses anything else", () => {
    expect(resolve_options({ apps: {} }).client).toBe("auto");
    expect(resolve_options({ apps: {}, client: "dash" }).client).toBe("dash");
    expect(resolve_options({ apps: {}, client: "bokehjs" }).client).toBe("bokehjs");
    expect(() => resolve_options({ apps: {}, client: "pixi" } as unknown as ServerOptions)).toThrow(/option client: expected one of auto, dash, bokehjs/);
  });

  it("dash serve --client: documented, and a bad value is a usage error (exit 2)", async () => {
    let out = "", err = "";
    const io = { out: (l: string) => void (out += l + "\n"), err: (l: string) => void (err += l + "\n") };
    expect(await main(["serve", "--help"], io)).toBe(0);
    expect(out).toContain("--client auto|dash|bokehjs");
    expect(await main(["serve", "examples/sliders.ts", "--client", "pixi"], io)).toBe(2);
    expect(err).toContain("--client expects one of auto, dash, bokehjs, got 'pixi'");
  });
});

describe("BokehJS routes under a prefix", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ widgets }, { prefix: "/dash", client: "bokehjs" });
  });
  afterAll(() => r.close());

  it("serves bundles and pages below the prefix", async () => {
    const html = await (await fetch(r.url("widgets"))).text();
    expect(html).toContain('src="/dash/static/bokehjs/bokeh.min.js?v=3.10.0"');
    // one element per root, named in render_items as a Bokeh server page does
    const items = JSON.parse(/var render_items = (\[.*?\]);/.exec(html)![1]!) as Array<{ roots: Record<string, string>; root_ids: string[] }>;
    expect(items[0]!.root_ids.length).toBe(2);
    for (const id of items[0]!.root_ids) expect(html).toContain(`data-root-id="${id}"`);
    expect((await fetch(`${r.http}/dash/static/bokehjs/bokeh-widgets.min.js`)).status).toBe(200);
    const js = await (await fetch(`${r.url("widgets")}/autoload.js?bokeh-autoload-element=e1&bokeh-absolute-url=${encodeURIComponent(r.url("widgets"))}`)).text();
    expect(js).toContain(`"http://127.0.0.1:${r.port}/dash/static/bokehjs/bokeh.min.js?v=3.10.0"`);
    expect(js).toContain('var app_path = "/dash/widgets"');
  });
});
