// Units of distance and angle specs ({value|field, units}), as BokehJS reads them.
import { attr, is_plain_object, type ModelSnap, type Resolver } from "../../../state/snapshot.ts";
import type { Scale } from "../scale.ts";
import { resolve, spec_at, data_length, type Data, type Spec } from "../specs.ts";
import { empty_extent, extend_spec, type Extent } from "./extent.ts";

/** The `units` a spec attribute carries, else the type's default. */
export function units_of(m: ModelSnap, name: string, fallback: string): string {
  const raw = attr<unknown>(m, name);
  return is_plain_object(raw) && typeof raw["units"] === "string" ? raw["units"] : fallback;
}

const RADIANS: Readonly<Record<string, number>> = { rad: 1, deg: Math.PI / 180, grad: Math.PI / 200, turn: 2 * Math.PI };

/** An angle spec as BokehJS materializes it: radians, negated (screen y points down). */
export class Angles {
  private readonly k: number;
  constructor(private readonly spec: Spec, units: string) {
    this.k = -(RADIANS[units] ?? 1);
  }
  static of(m: ModelSnap, name: string, s: Spec): Angles { return new Angles(s, units_of(m, name, "rad")); }
  at(i: number): number {
    const v = spec_at(this.spec, i);
    return (typeof v === "number" ? v : Number(v ?? 0)) * this.k;
  }
}

/** A distance spec in screen px: data units go through the scale's factor (BokehJS's sdist), screen units as they are. */
export class Distances {
  private readonly data_units: boolean;
  constructor(private readonly spec: Spec, units: string) { this.data_units = units !== "screen"; }
  static of(m: ModelSnap, name: string, s: Spec, fallback = "data"): Distances { return new Distances(s, units_of(m, name, fallback)); }
  get in_data(): boolean { return this.data_units; }
  at(i: number, k: number): number {
    const v = Number(spec_at(this.spec, i));
    return this.data_units ? Math.abs(v * k) : v;
  }
}

/** The screen factor for a radius measured along `dim` (RadialGlyph's radius_dimension). */
export function radius_factor(dim: string | null | undefined, xs: Scale, ys: Scale): number {
  const kx = Math.abs(xs.a), ky = Math.abs(ys.a);
  return dim === "y" ? ky : dim === "max" ? Math.max(kx, ky) : dim === "min" ? Math.min(kx, ky) : kx;
}

/**
 * Extent of centred shapes: the centre coordinate padded by a data-unit size (a full width when
 * `full`, else a radius); a screen-unit size adds nothing (as BokehJS's _bounds).
 */
export function centred_extent(coord: (dim: 0 | 1) => string, size: (dim: 0 | 1) => string, full: boolean) {
  return (glyph: ModelSnap, data: Data, r: Resolver, dim: 0 | 1): Extent => {
    const e = empty_extent();
    const n = data_length(data);
    const c = resolve(glyph, coord(dim), data, r, true);
    const name = size(dim);
    if (units_of(glyph, name, "data") === "screen") { extend_spec(e, c, n); return e; }
    const s = resolve(glyph, name, data, r);
    const width: Spec = s.kind === "value"
      ? { kind: "value", value: typeof s.value === "number" ? s.value * (full ? 1 : 2) : 0 }
      : { kind: "field", values: Array.from(s.values as ArrayLike<number>, (v) => Number(v) * (full ? 1 : 2)) };
    extend_spec(e, c, n, width);
    return e;
  };
}
