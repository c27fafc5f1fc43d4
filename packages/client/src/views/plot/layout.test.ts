import { describe, it, expect } from "vitest";
import { plot_layout } from "./layout.ts";

describe("plot layout", () => {
  it("reserves the toolbar and min borders", () => {
    const l = plot_layout({ id: "p", type: "Figure", attrs: { width: 400, height: 300 } }, { left: 40, right: 0, above: 25, below: 30 });
    expect(l.canvas).toEqual({ w: 370, h: 300 });
    expect(l.toolbar).toEqual({ x: 370, y: 0, w: 30, h: 300 });
    expect(l.frame).toEqual({ x: 40, y: 25, w: 370 - 40 - 5, h: 300 - 25 - 30 });
  });
  it("honours toolbar above and frame sizes", () => {
    const l = plot_layout({ id: "p", type: "Plot", attrs: { toolbar_location: "above", frame_width: 200, frame_height: 100, min_border: 10 } }, { left: 0, right: 0, above: 0, below: 0 });
    expect(l.canvas_offset).toEqual({ x: 0, y: 30 });
    expect(l.frame).toEqual({ x: 10, y: 10, w: 200, h: 100 });
    expect(l.canvas).toEqual({ w: 220, h: 120 });
  });
  it("a toolbar above shares the title's row (the row as tall as the taller); grid alignment widens panels", () => {
    const plot = { id: "p", type: "Figure", attrs: { width: 400, height: 300, toolbar_location: "above" } };
    const l = plot_layout(plot, { left: 30, right: 0, above: 26, below: 30 }, undefined, 26);
    expect(l.canvas_offset).toEqual({ x: 0, y: 0 });
    expect(l.canvas).toEqual({ w: 400, h: 300 });
    expect(l.frame.y).toBe(30);
    expect(l.toolbar).toEqual({ x: 0, y: 0, w: 400, h: 30 });
    const a = plot_layout(plot, { left: 30, right: 0, above: 26, below: 30 }, undefined, 26, { left: 52, below: 40 });
    expect(a.frame.x).toBe(52);
    expect(a.frame.y + a.frame.h).toBe(300 - 40);
  });
});
