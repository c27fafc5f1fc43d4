import { describe, it, expect } from "vitest";
import { figure } from "../plotting/index.ts";
import { Span } from "../annotations/span.ts";
import { Legend } from "../annotations/legend.ts";
import { TapTool } from "../tools/tap_tool.ts";
import { ErrorCode } from "../../errors.ts";

describe("Bokeh's plot accessors", () => {
  it("p.xaxis / p.yaxis set an attribute on every axis of that kind, and read it when there is one", () => {
    const p = figure({ width: 300, height: 200 });
    p.xaxis.axis_label = "time";
    p.yaxis.axis_label = "value";
    expect(p.xaxis).toHaveLength(1);
    expect(p.xaxis.axis_label).toBe("time");
    expect(p.below.map((a) => (a as unknown as { axis_label: unknown }).axis_label)).toEqual(["time"]);
    expect(p.yaxis[0]!.axis_label).toBe("value");
    expect(p.axis).toHaveLength(2);
  });

  it("p.xgrid / p.ygrid reach the grids by dimension; a bad value is refused with the typed error", () => {
    const p = figure({ width: 300, height: 200 });
    p.xgrid.grid_line_color = null;
    expect(p.xgrid.grid_line_color).toBeNull();
    expect(p.ygrid.grid_line_color).not.toBeNull();
    expect(() => (p.ygrid.grid_line_alpha = "very" as unknown as number)).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
  });

  it("p.legend finds the legend made by legend_label; add_layout and add_tools append", () => {
    const p = figure({ width: 300, height: 200 });
    p.line([1, 2, 3], [3, 2, 1], { legend_label: "down" });
    expect(p.legend[0]).toBeInstanceOf(Legend);
    p.legend.location = "top_left";
    expect(p.legend.location).toBe("top_left");
    const span = new Span({ location: 2, dimension: "height" });
    p.add_layout(span);
    expect(p.center).toContain(span);
    const tap = new TapTool();
    p.add_tools(tap);
    expect((p.toolbar as unknown as { tools: unknown[] }).tools).toContain(tap);
  });
});

describe("palettes", () => {
  it("are importable by their Bokeh names from the app-facing package", async () => {
    const server = await import("../index.ts");
    const names = server as unknown as Record<string, unknown>;
    expect(names.Viridis256).toHaveLength(256);
    expect((names.Category10 as Record<number, string[]>)[3]).toEqual(["#1f77b4", "#ff7f0e", "#2ca02c"]);
  });
});
