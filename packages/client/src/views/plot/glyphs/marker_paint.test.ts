import { describe, it, expect } from "vitest";
import { css_color, paint_markers, type MarkerArrays, type MarkerContext } from "./marker_paint.ts";
import { marker_code } from "./markers.ts";

/** Records the drawing calls, with the style each fill/stroke used. */
class Recorder implements MarkerContext {
  calls: string[] = [];
  fillStyle: string | CanvasGradient | CanvasPattern = "#000";
  strokeStyle: string | CanvasGradient | CanvasPattern = "#000";
  lineWidth = 1;
  beginPath(): void { this.calls.push("begin"); }
  moveTo(x: number, y: number): void { this.calls.push(`M ${x} ${y}`); }
  lineTo(x: number, y: number): void { this.calls.push(`L ${x} ${y}`); }
  arc(x: number, y: number, r: number): void { this.calls.push(`arc ${x} ${y} ${r}`); }
  closePath(): void { this.calls.push("close"); }
  fill(): void { this.calls.push(`fill ${String(this.fillStyle)}`); }
  stroke(): void { this.calls.push(`stroke ${String(this.strokeStyle)} ${this.lineWidth}`); }
  save(): void { this.calls.push("save"); }
  restore(): void { this.calls.push("restore"); }
  translate(x: number, y: number): void { this.calls.push(`T ${x} ${y}`); }
  rotate(a: number): void { this.calls.push(`R ${a}`); }
}

const pack = (r: number, g: number, b: number, a: number): number => (r | (g << 8) | (b << 16) | (a << 24)) >>> 0;
const ORANGE = pack(255, 127, 14, 255), BLACK = pack(0, 0, 0, 255);

function markers(rows: Array<Partial<Record<keyof MarkerArrays, number>>>): MarkerArrays {
  const col = (k: keyof MarkerArrays, d: number) => rows.map((r) => r[k] ?? d);
  return { x: col("x", 0), y: col("y", 0), size: col("size", 4), angle: col("angle", 0), lw: col("lw", 1), marker: col("marker", 0), fill: col("fill", ORANGE), line: col("line", 0) };
}

const FRAME = { x: 10, y: 10, w: 100, h: 100 };
const IDENTITY = [1, 0, 1, 0] as const;

describe("paint_markers", () => {
  it("paints filled circles as lone arcs, setting the fill style once", () => {
    const ctx = new Recorder();
    paint_markers(ctx, markers([{ x: 20, y: 30 }, { x: 40, y: 50, size: 10 }]), 2, 1, IDENTITY, FRAME);
    expect(ctx.calls).toEqual(["begin", "arc 20 30 2", "fill rgba(255,127,14,1)", "begin", "arc 40 50 5", "fill rgba(255,127,14,1)"]);
  });

  it("strokes closed circles with the line colour and width, after the fill", () => {
    const ctx = new Recorder();
    paint_markers(ctx, markers([{ x: 20, y: 30, line: BLACK, lw: 2 }, { x: 25, y: 30, fill: 0, line: BLACK, lw: 2 }, { x: 30, y: 30, fill: 0, line: BLACK, lw: 0 }]), 3, 1, IDENTITY, FRAME);
    expect(ctx.calls).toEqual([
      "begin", "arc 20 30 2", "fill rgba(255,127,14,1)", "close", "stroke rgba(0,0,0,1) 2",
      "begin", "arc 25 30 2", "close", "stroke rgba(0,0,0,1) 2",
    ]);
  });

  it("maps offsets through the affine and culls markers outside the frame or at NaN", () => {
    const ctx = new Recorder();
    const m = markers([{ x: 1, y: 1 }, { x: 100, y: 1 }, { x: NaN, y: 1 }, { x: 2, y: 2 }]);
    paint_markers(ctx, m, 4, 1, [10, 5, 20, 0], FRAME);
    expect(ctx.calls.filter((c) => c.startsWith("arc"))).toEqual(["arc 15 20 2", "arc 25 40 2"]);
  });

  it("keeps a marker whose edge reaches into the frame", () => {
    const ctx = new Recorder();
    paint_markers(ctx, markers([{ x: 6, y: 50, size: 10 }, { x: 2, y: 50, size: 10 }]), 2, 1, IDENTITY, FRAME);
    expect(ctx.calls.filter((c) => c.startsWith("arc"))).toEqual(["arc 6 50 5"]);
  });

  it("paints every step-th marker (level of detail)", () => {
    const ctx = new Recorder();
    const rows = Array.from({ length: 10 }, (_, i) => ({ x: 20 + i, y: 20 }));
    paint_markers(ctx, markers(rows), 10, 3, IDENTITY, FRAME);
    expect(ctx.calls.filter((c) => c.startsWith("arc"))).toEqual(["arc 20 20 2", "arc 23 20 2", "arc 26 20 2", "arc 29 20 2"]);
  });

  it("draws other markers with their outline and segments, rotated about their centre", () => {
    const ctx = new Recorder();
    paint_markers(ctx, markers([{ x: 20, y: 20, marker: marker_code("square_x"), line: BLACK }, { x: 30, y: 30, marker: marker_code("square"), angle: 0.5 }]), 2, 1, IDENTITY, FRAME);
    expect(ctx.calls).toEqual([
      "begin", "M 18 18", "L 22 18", "L 22 22", "L 18 22", "close", "fill rgba(255,127,14,1)", "stroke rgba(0,0,0,1) 1",
      "begin", "M 18 18", "L 22 22", "M 18 22", "L 22 18", "stroke rgba(0,0,0,1) 1",
      "save", "T 30 30", "R -0.5", "begin", "M -2 -2", "L 2 -2", "L 2 2", "L -2 2", "close", "fill rgba(255,127,14,1)", "restore",
    ]);
  });

  it("skips markers with nothing to paint and re-sets styles after a general marker", () => {
    const ctx = new Recorder();
    const m = markers([{ x: 20, y: 20, fill: 0 }, { x: 21, y: 20 }, { x: 22, y: 20, marker: marker_code("square") }, { x: 23, y: 20 }]);
    paint_markers(ctx, m, 4, 1, IDENTITY, FRAME);
    expect(ctx.calls.filter((c) => c.startsWith("arc"))).toEqual(["arc 21 20 2", "arc 23 20 2"]);
    expect(ctx.calls.filter((c) => c.startsWith("fill")).length).toBe(3);
  });

  it("formats packed colours as CSS", () => {
    expect(css_color(pack(1, 2, 3, 255))).toBe("rgba(1,2,3,1)");
    expect(css_color(pack(1, 2, 3, 0))).toBeNull();
    expect(css_color(pack(255, 0, 0, 51))).toBe("rgba(255,0,0,0.2)");
  });
});
