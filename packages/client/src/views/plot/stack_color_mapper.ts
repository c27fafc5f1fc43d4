// WeightedStackColorMapper (ImageStack): per pixel, the palette colours mixed by the stack's
// weights, with an alpha from alpha_mapper applied to the pixel's total (BokehJS semantics).
import { attr, type ModelSnap, type Resolver } from "../../state/snapshot.ts";
import { parse_color, type RGBA } from "../../format/color.ts";
import { image_indices } from "./color_mappers.ts";

const byte = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));

function rgba_bytes(c: RGBA): [number, number, number, number] {
  return [(c.rgb >> 16) & 255, (c.rgb >> 8) & 255, c.rgb & 255, byte(c.alpha * 255)];
}

export interface StackMix {
  /** Palette colours, one per stack layer. */
  readonly palette: readonly RGBA[];
  readonly nan_color: RGBA;
  /** Subtracted from every weight (clipped at zero); null: the data's NaN-aware minimum. */
  readonly color_baseline: number | null;
  /** Alpha (0-255) of each pixel from its total weight (the alpha_mapper). */
  readonly alpha: (totals: Float64Array) => Uint8Array;
}

/** RGBA bytes of `n` pixels from values laid out pixel-major (`values[i * nstack + k]`). */
export function weighted_stack_rgba(values: ArrayLike<number>, nstack: number, mix: StackMix): Uint8ClampedArray {
  const n = Math.floor(values.length / nstack);
  const out = new Uint8ClampedArray(n * 4);
  if (nstack === 0 || mix.palette.length !== nstack) return out; // BokehJS asserts one colour per layer
  const pal = mix.palette.map(rgba_bytes), nan = rgba_bytes(mix.nan_color);
  let baseline = mix.color_baseline;
  if (baseline == null) {
    baseline = Infinity;
    for (let i = 0; i < values.length; i++) if (values[i]! < baseline) baseline = values[i]!;
    if (!isFinite(baseline)) baseline = 0;
  }
  const totals = new Float64Array(n);
  const w = new Float64Array(nstack);
  for (let i = 0; i < n; i++) {
    let total = NaN;
    for (let k = 0; k < nstack; k++) {
      const v = values[i * nstack + k]!;
      const val = baseline === 0 ? v : Math.max(v - baseline, 0);
      w[k] = val;
      if (!isNaN(val)) total = isNaN(total) ? val : total + val;
    }
    let c: readonly number[];
    if (isNaN(total)) c = nan;
    else {
      const acc = [0, 0, 0, 0];
      if (total !== 0) {
        for (let k = 0; k < nstack; k++) if (!isNaN(w[k]!)) for (let j = 0; j < 4; j++) acc[j]! += pal[k]![j]! * w[k]! / total;
      } else {
        // all weights zero: the mean colour of the layers
        let count = 0;
        for (let k = 0; k < nstack; k++) if (w[k] === 0) { count++; for (let j = 0; j < 4; j++) acc[j]! += pal[k]![j]!; }
        for (let j = 0; j < 4; j++) acc[j] = acc[j]! / count;
      }
      c = acc.map(byte);
    }
    out[4 * i] = c[0]!; out[4 * i + 1] = c[1]!; out[4 * i + 2] = c[2]!; out[4 * i + 3] = c[3]!;
    totals[i] = total + baseline * nstack;
  }
  const alphas = mix.alpha(totals);
  for (let i = 0; i < n; i++) out[4 * i + 3] = byte(out[4 * i + 3]! * alphas[i]! / 255);
  return out;
}

/** The mixing parameters of a WeightedStackColorMapper model (alpha_mapper: a continuous mapper of alpha colours). */
export function stack_mix(mapper: ModelSnap, r: Resolver): StackMix {
  const palette = (attr<unknown[]>(mapper, "palette") ?? []).map((c) => parse_color(c) ?? { rgb: 0, alpha: 0 });
  const nan_color = parse_color(attr(mapper, "nan_color")) ?? { rgb: 0, alpha: 0 };
  const am = r.ref(mapper, "alpha_mapper");
  const alpha = (totals: Float64Array): Uint8Array => {
    const out = new Uint8Array(totals.length).fill(255);
    if (am == null) return out;
    const ap = (attr<unknown[]>(am, "palette") ?? []).map((c) => byte((parse_color(c)?.alpha ?? 0) * 255));
    if (ap.length === 0) return out;
    const { idx } = image_indices(am, totals, ap.length);
    for (let i = 0; i < idx.length; i++) {
      const k = idx[i]!;
      out[i] = k >= 0 ? ap[k]! : k === -2 ? ap[0]! : k === -3 ? ap[ap.length - 1]! : byte(nan_color.alpha * 255);
    }
    return out;
  };
  return { palette, nan_color, color_baseline: attr<number | null>(mapper, "color_baseline") ?? null, alpha };
}
