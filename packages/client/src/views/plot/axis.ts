// Axis views: LinearAxis, LogAxis, DatetimeAxis, CategoricalAxis. One AxisView per axis model;
// it computes its ticks/labels from the current scale and draws into its own Container.
import { Container, Graphics } from "pixi.js";
import { attr, type ModelSnap, type Resolver } from "../../state/snapshot.ts";
import type { Scale } from "./scale.ts";
import type { ResolvedRange } from "./ranges.ts";
import { compute_ticks, format_ticks, type TickerKind, type FormatterKind } from "./ticks.ts";
import { parse_color } from "../../format/color.ts";
import { text_props, make_text, place_text, type TextProps } from "./text.ts";
import { line_dash } from "./specs.ts";
import { custom_tick_labels } from "./user_code.ts";
import { label_text } from "./math_text.ts";

export type Side = "below" | "above" | "left" | "right";
export type Measure = (text: string, p: TextProps) => { width: number; height: number };

export interface AxisTicks {
  major: number[]; minor: number[]; labels: string[]; groups: Array<{ label: string; center: number }>;
  /** The axis label as text (a TeX/MathML model resolved to delimited math); absent: read from the axis. */
  axis_label?: string | null;
}

export function axis_kind(axis: ModelSnap): TickerKind {
  switch (axis.type) {
    case "LogAxis": return "log";
    case "DatetimeAxis": return "datetime";
    case "CategoricalAxis": return "categorical";
    default: return "basic";
  }
}

/** The axis types Dash draws (AllLabels: the default label policy, every label drawn). */
export function axis_types(): string[] {
  return ["LinearAxis", "LogAxis", "DatetimeAxis", "CategoricalAxis", "AllLabels"];
}

/** Ticks and labels of an axis over a resolved range. */
export function axis_ticks(axis: ModelSnap, r: Resolver, range: ResolvedRange): AxisTicks {
  const kind = axis_kind(axis);
  if (kind === "categorical" || range.factors != null) {
    const f = range.factors;
    if (f == null) return { major: [], minor: [], labels: [], groups: [] };
    const lo = Math.min(range.start, range.end), hi = Math.max(range.start, range.end);
    const leaves = f.leaves.filter((l) => l.center >= lo && l.center <= hi);
    const groups = (f.levels === 3 ? f.subgroups : f.groups).filter((g) => g.center >= lo && g.center <= hi);
    return { major: leaves.map((l) => l.center), minor: [], labels: leaves.map((l) => l.label), groups, axis_label: label_text(attr(axis, "axis_label"), (v) => r.deref(v)) };
  }
  const ticker = r.ref(axis, "ticker");
  const ticks = compute_ticks(ticker, kind, range.start, range.end);
  const formatter = r.ref(axis, "formatter");
  const fk: FormatterKind = kind === "datetime" ? "datetime" : kind === "log" ? "log" : "basic";
  const labels = formatter?.type === "CustomJSTickFormatter" ? custom_tick_labels(formatter, ticks.major, r) : format_ticks(formatter, fk, ticks.major);
  const overrides = attr<Record<string, unknown>>(axis, "major_label_overrides") ?? {};
  for (let i = 0; i < ticks.major.length; i++) {
    const o = overrides[String(ticks.major[i])];
    if (typeof o === "string") labels[i] = o;
  }
  return { major: ticks.major, minor: ticks.minor, labels, groups: [], axis_label: label_text(attr(axis, "axis_label"), (v) => r.deref(v)) };
}

/**
 * Ticks of a grid whose axis is not drawn (x_axis_location=None keeps the axis only as the grid's
 * `axis`): BokehJS's Grid takes them from its axis' ticker, or from its own `ticker`.
 */
export function grid_ticks(grid: ModelSnap, r: Resolver, range: ResolvedRange): AxisTicks {
  const axis = r.ref(grid, "axis");
  if (axis != null) return axis_ticks(axis, r, range);
  if (range.factors != null) {
    const lo = Math.min(range.start, range.end), hi = Math.max(range.start, range.end);
    return { major: range.factors.leaves.filter((l) => l.center >= lo && l.center <= hi).map((l) => l.center), minor: [], labels: [], groups: [] };
  }
  const ticks = compute_ticks(r.ref(grid, "ticker"), "basic", range.start, range.end);
  return { major: ticks.major, minor: ticks.minor, labels: [], groups: [] };
}

export function axis_label_text(axis: ModelSnap, ticks?: AxisTicks): string | null {
  if (ticks?.axis_label !== undefined) return ticks.axis_label;
  const l = attr<unknown>(axis, "axis_label");
  return typeof l === "string" && l !== "" ? l : null;
}

/** Extent of the axis perpendicular to its line (px), following bokehjs AxisView._get_size. */
export function axis_size(axis: ModelSnap, side: Side, ticks: AxisTicks, measure: Measure): number {
  if (attr<boolean>(axis, "visible") === false) return 0;
  const horizontal = side === "below" || side === "above";
  const tp = text_props(axis, "major_label_");
  let labels = 0;
  for (const l of ticks.labels) {
    const m = measure(l, tp);
    labels = Math.max(labels, horizontal ? m.height : m.width);
  }
  if (ticks.groups.length > 0) labels += measure("Xg", tp).height + 4;
  // BokehJS Axis.extents: tick + (standoff + labels + 3) + (axis label standoff + its extent + 3), rounded;
  // the 3 px paddings keep the outermost label off the plot's edge
  const tick = Math.max(ticks.major.length > 0 ? attr<number>(axis, "major_tick_out") : 0, ticks.minor.length > 0 ? attr<number>(axis, "minor_tick_out") : 0);
  let size = tick + (labels > 0 ? attr<number>(axis, "major_label_standoff") + labels + 3 : 0);
  const label = axis_label_text(axis, ticks);
  if (label != null) size += attr<number>(axis, "axis_label_standoff") + measure(label, text_props(axis, "axis_label_")).height + 3;
  return Math.round(size);
}

function stroke_of(m: ModelSnap, prefix: string): { color: number; alpha: number; width: number } | null {
  const c = parse_color(attr(m, `${prefix}line_color`));
  if (c == null) return null;
  return { color: c.rgb, alpha: c.alpha * (attr<number>(m, `${prefix}line_alpha`) ?? 1), width: attr<number>(m, `${prefix}line_width`) ?? 1 };
}

export interface FrameRect { x: number; y: number; w: number; h: number }

/**
 * Draw an axis. `offset` is the distance from the frame edge to where this axis starts (for
 * stacked axes on one side).
 */
export function draw_axis(c: Container, axis: ModelSnap, side: Side, scale: Scale, ticks: AxisTicks, frame: FrameRect, offset: number, resolution: number, measure: Measure): void {
  for (const ch of c.removeChildren()) ch.destroy();
  if (attr<boolean>(axis, "visible") === false) return;
  const g = new Graphics();
  c.addChild(g);
  const horizontal = side === "below" || side === "above";
  const dir = side === "below" || side === "right" ? 1 : -1;
  const base = side === "below" ? frame.y + frame.h + offset : side === "above" ? frame.y - offset : side === "left" ? frame.x - offset : frame.x + frame.w + offset;
  const crisp = (v: number) => Math.round(v) + 0.5;
  const lo = horizontal ? frame.x : frame.y, hi = horizontal ? frame.x + frame.w : frame.y + frame.h;
  const seg = (along: number, from: number, to: number) => {
    if (horizontal) g.moveTo(crisp(along), base + dir * from).lineTo(crisp(along), base + dir * to);
    else g.moveTo(base + dir * from, crisp(along)).lineTo(base + dir * to, crisp(along));
  };
  const axis_line = stroke_of(axis, "axis_");
  if (axis_line != null) {
    const b = crisp(base - (dir > 0 ? 0 : 1));
    if (horizontal) g.moveTo(lo, b).lineTo(hi, b); else g.moveTo(b, lo).lineTo(b, hi);
    g.stroke(axis_line);
  }
  const major = stroke_of(axis, "major_tick_");
  const screen = (v: number) => scale.compute(v);
  const in_frame = (s: number) => s >= lo - 0.5 && s <= hi + 0.5;
  if (major != null) {
    const tin = attr<number>(axis, "major_tick_in"), tout = attr<number>(axis, "major_tick_out");
    for (const t of ticks.major) { const s = screen(t); if (in_frame(s)) seg(s, -tin, tout); }
    g.stroke(major);
  }
  const minor = stroke_of(axis, "minor_tick_");
  if (minor != null && ticks.minor.length > 0) {
    const tin = attr<number>(axis, "minor_tick_in"), tout = attr<number>(axis, "minor_tick_out");
    if (tin + tout > 0) {
      for (const t of ticks.minor) { const s = screen(t); if (in_frame(s)) seg(s, -tin, tout); }
      g.stroke(minor);
    }
  }
  const tp = text_props(axis, "major_label_");
  const standoff = Math.max(attr<number>(axis, "major_tick_out"), 0) + attr<number>(axis, "major_label_standoff");
  const orient = attr<unknown>(axis, "major_label_orientation");
  const angle = typeof orient === "number" ? orient : orient === "vertical" ? Math.PI / 2 : orient === "parallel" && !horizontal ? Math.PI / 2 : 0;
  let extent = 0;
  for (let i = 0; i < ticks.major.length; i++) {
    const s = screen(ticks.major[i]!);
    if (!in_frame(s)) continue;
    const t = make_text(ticks.labels[i] ?? "", tp, resolution);
    const m = measure(ticks.labels[i] ?? "", tp);
    extent = Math.max(extent, horizontal ? (angle !== 0 ? m.width : m.height) : angle !== 0 ? m.height : m.width);
    if (horizontal) {
      place_text(t, s, base + dir * standoff, angle !== 0 ? (side === "below" ? "right" : "left") : "center", angle !== 0 ? "middle" : side === "below" ? "top" : "bottom", angle);
    } else {
      place_text(t, base + dir * standoff, s, angle !== 0 ? "center" : side === "left" ? "right" : "left", angle !== 0 ? (side === "left" ? "bottom" : "top") : "middle", angle);
    }
    c.addChild(t);
  }
  let outer = standoff + extent + (extent > 0 ? 3 : 0); // BokehJS pads the tick labels by 3 px
  if (ticks.groups.length > 0) {
    const gp = { ...text_props(axis, "group_"), style: "bold" };
    for (const grp of ticks.groups) {
      const s = screen(grp.center);
      if (!in_frame(s)) continue;
      const t = make_text(grp.label, gp, resolution);
      if (horizontal) place_text(t, s, base + dir * (outer + 4), "center", side === "below" ? "top" : "bottom");
      else place_text(t, base + dir * (outer + 4), s, side === "left" ? "right" : "left", "middle");
      c.addChild(t);
    }
    outer += measure("Xg", gp).height + 4;
  }
  const label = axis_label_text(axis, ticks);
  if (label != null) {
    const lp = text_props(axis, "axis_label_");
    const t = make_text(label, lp, resolution);
    const pos = outer + attr<number>(axis, "axis_label_standoff");
    const mid = (lo + hi) / 2;
    if (horizontal) place_text(t, mid, base + dir * pos, "center", side === "below" ? "top" : "bottom");
    else place_text(t, base + dir * pos, mid, "center", side === "left" ? "bottom" : "top", side === "left" ? Math.PI / 2 : -Math.PI / 2);
    c.addChild(t);
  }
}

/** Grid lines inside the frame at an axis' (or the grid's own ticker's) ticks. */
export function draw_grid(g: Graphics, grid: ModelSnap, scale: Scale, ticks: AxisTicks, frame: FrameRect): void {
  if (attr<boolean>(grid, "visible") === false) return;
  const dim = attr<number>(grid, "dimension");
  const crisp = (v: number) => Math.round(v) + 0.5;
  const band = parse_color(attr(grid, "band_fill_color"));
  const lo = dim === 0 ? frame.x : frame.y, hi = dim === 0 ? frame.x + frame.w : frame.y + frame.h;
  if (band != null && attr<number>(grid, "band_fill_alpha") > 0) {
    for (let i = 0; i + 1 < ticks.major.length; i += 2) {
      const a = scale.compute(ticks.major[i]!), b = scale.compute(ticks.major[i + 1]!);
      if (dim === 0) g.rect(Math.min(a, b), frame.y, Math.abs(b - a), frame.h); else g.rect(frame.x, Math.min(a, b), frame.w, Math.abs(b - a));
      g.fill({ color: band.rgb, alpha: band.alpha * attr<number>(grid, "band_fill_alpha") });
    }
  }
  const lines = (values: number[], prefix: string) => {
    const st = stroke_of(grid, prefix);
    if (st == null || values.length === 0) return;
    const dash = line_dash(attr(grid, `${prefix}line_dash`));
    for (const v of values) {
      const s = scale.compute(v);
      if (!(s >= lo - 0.5 && s <= hi + 0.5)) continue;
      const c = crisp(s);
      if (dash.length === 0) {
        if (dim === 0) g.moveTo(c, frame.y).lineTo(c, frame.y + frame.h); else g.moveTo(frame.x, c).lineTo(frame.x + frame.w, c);
      } else {
        const len = dim === 0 ? frame.h : frame.w;
        let pos = 0, k = 0, on = true;
        while (pos < len) {
          const step = Math.min(dash[k % dash.length]!, len - pos);
          if (on) { if (dim === 0) g.moveTo(c, frame.y + pos).lineTo(c, frame.y + pos + step); else g.moveTo(frame.x + pos, c).lineTo(frame.x + pos + step, c); }
          pos += step; k++; on = !on;
        }
      }
    }
    g.stroke(st);
  };
  lines(ticks.major, "grid_");
  lines(ticks.minor, "minor_grid_");
}
