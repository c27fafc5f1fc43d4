import { describe, it, expect } from "vitest";
import { weighted_stack_rgba, type StackMix } from "./stack_color_mapper.ts";

const RED = { rgb: 0xff0000, alpha: 1 }, BLUE = { rgb: 0x0000ff, alpha: 1 };
const opaque = (t: Float64Array) => new Uint8Array(t.length).fill(255);
const mix = (over: Partial<StackMix> = {}): StackMix => ({ palette: [RED, BLUE], nan_color: { rgb: 0, alpha: 0 }, color_baseline: 0, alpha: opaque, ...over });
const px = (a: Uint8ClampedArray, i: number) => Array.from(a.subarray(4 * i, 4 * i + 4));

describe("WeightedStackColorMapper", () => {
  it("mixes the layer colours by weight", () => {
    const out = weighted_stack_rgba([1, 0, 0, 2, 1, 1, 3, 1], 2, mix());
    expect(px(out, 0)).toEqual([255, 0, 0, 255]);
    expect(px(out, 1)).toEqual([0, 0, 255, 255]);
    expect(px(out, 2)).toEqual([128, 0, 128, 255]);
    expect(px(out, 3)).toEqual([191, 0, 64, 255]);
  });
  it("takes alpha from the alpha mapper applied to each pixel's total", () => {
    let seen: number[] = [];
    const out = weighted_stack_rgba([1, 0, 0, 2], 2, mix({ alpha: (t) => { seen = Array.from(t); return Uint8Array.of(102, 255); } }));
    expect(seen).toEqual([1, 2]);
    expect(px(out, 0)).toEqual([255, 0, 0, 102]);
    expect(px(out, 1)[3]).toBe(255);
  });
  it("subtracts the baseline (the data minimum when null), clipping at zero; all-zero weights give the mean colour; NaN gives nan_color", () => {
    const out = weighted_stack_rgba([5, 5, 9, 5, NaN, NaN], 2, mix({ color_baseline: null, nan_color: { rgb: 0x00ff00, alpha: 1 } }));
    expect(px(out, 0)).toEqual([128, 0, 128, 255]);
    expect(px(out, 1)).toEqual([255, 0, 0, 255]);
    expect(px(out, 2)).toEqual([0, 255, 0, 255]);
  });
  it("draws nothing when the palette does not have one colour per layer", () => {
    expect(Array.from(weighted_stack_rgba([1, 2, 3], 3, mix()))).toEqual([0, 0, 0, 0]);
  });
});
