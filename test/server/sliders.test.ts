import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnDataSource, Slider, load_app } from "@dash/server";
import { pull_session } from "@dash/client/node";
import { sleep, start, type Running } from "./helpers.ts";

describe("sliders example", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ sliders: await load_app("examples/sliders.ts") });
  });
  afterAll(() => r.close());

  it("moving a slider in a client recomputes the curve on the server and the client gets it", async () => {
    const s = await pull_session(r.url("sliders"));
    const amplitude = s.document.select(Slider).find((x) => x.title === "amplitude")!;
    const curve = s.document.get_model_by_name("curve") as ColumnDataSource;
    const y0 = curve.data.y;
    const before = Array.from(y0 as Float64Array);
    amplitude.value = 3;
    const end = Date.now() + 10_000;
    while (curve.data.y === y0 && Date.now() < end) await sleep(10);
    const y = Array.from(curve.data.y as Float64Array);
    expect(y[50]).toBeCloseTo(3 * before[50]!, 6);
    await s.close();
  });
});
