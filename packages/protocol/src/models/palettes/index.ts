export * from "./palettes.ts";
import type { Palette } from "./palettes.ts";

/** bokeh.palettes.linear_palette: n colors picked evenly from a palette (n <= its length). */
export function linear_palette(palette: Palette, n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > palette.length) throw new RangeError(`linear_palette: requested ${n} colors from a palette of ${palette.length}`);
  if (n === 0) return [];
  if (n === 1) return [palette[0]!];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(palette[Math.floor((i * (palette.length - 1)) / (n - 1))]!);
  return out;
}
