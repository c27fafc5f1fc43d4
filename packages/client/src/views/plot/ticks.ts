// Tickers (where ticks go) and tick formatters (what they say), following bokehjs.
import { scaleLog } from "d3-scale";
import { datetime_ticker_ticks } from "./datetime_ticker.ts";
import { attr, type ModelSnap } from "../../state/snapshot.ts";
import { strftime } from "../../format/strftime.ts";
import { format_numeral } from "../../format/numeral.ts";
import { sprintf as sprintf_js } from "sprintf-js";

export interface Ticks { readonly major: number[]; readonly minor: number[] }

/** bokehjs AdaptiveTicker.get_interval: pick mantissa*base^k closest to desired tick count. */
export function adaptive_interval(lo: number, hi: number, desired: number, mantissas: readonly number[] = [1, 2, 5], base = 10, min_interval = 0, max_interval = Infinity): number {
  const range = hi - lo;
  if (!(range > 0) || !isFinite(range)) return NaN;
  const ideal = range / desired;
  // BokehJS's AdaptiveTicker: intervals are mantissa * base^k * base_factor, base_factor = min_interval (or 1)
  const base_factor = min_interval === 0 ? 1 : min_interval;
  const exponent = Math.floor(Math.log(ideal / base_factor) / Math.log(base));
  const magnitude = base ** exponent * base_factor;
  const candidates = [mantissas[mantissas.length - 1]! / base, ...mantissas, mantissas[0]! * base];
  let best = candidates[0]!, best_err = Infinity;
  for (const m of candidates) {
    const err = Math.abs(desired - range / (m * magnitude));
    if (err < best_err) { best_err = err; best = m; }
  }
  return Math.min(Math.max(best * magnitude, min_interval), max_interval);
}

function ticks_at(lo: number, hi: number, interval: number): number[] {
  const out: number[] = [];
  if (!(interval > 0)) return out;
  const start = Math.floor(lo / interval), end = Math.ceil(hi / interval);
  if (end - start > 10000) return out;
  for (let i = start; i <= end; i++) {
    const t = i * interval;
    // round away float noise such as 0.30000000000000004
    const v = Number.parseFloat(t.toPrecision(12));
    if (v >= lo - interval * 1e-9 && v <= hi + interval * 1e-9) out.push(v);
  }
  return out;
}

export function basic_ticks(start: number, end: number, desired = 6, num_minor = 5, mantissas: readonly number[] = [1, 2, 5], base = 10): Ticks {
  const lo = Math.min(start, end), hi = Math.max(start, end);
  const interval = adaptive_interval(lo, hi, desired, mantissas, base);
  const major = ticks_at(lo, hi, interval);
  const minor: number[] = [];
  if (num_minor > 0 && interval > 0) {
    const step = interval / num_minor;
    const first = Math.floor(lo / interval) * interval;
    for (let t = first; t <= hi; t += interval) {
      for (let j = 0; j < num_minor; j++) {
        const v = t + j * step;
        if (v >= lo && v <= hi) minor.push(Number.parseFloat(v.toPrecision(12)));
      }
    }
  }
  return { major, minor };
}

export function log_ticks(start: number, end: number, desired = 6): Ticks {
  const lo = Math.max(Math.min(start, end), 1e-300), hi = Math.max(start, end);
  if (!(hi > lo)) return { major: [], minor: [] };
  const decades = Math.log10(hi) - Math.log10(lo);
  if (decades < 1) return basic_ticks(lo, hi, desired);
  const s = scaleLog().domain([lo, hi]);
  const all = s.ticks(desired);
  const major = all.filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
  const step = Math.max(1, Math.ceil(major.length / desired));
  return { major: major.filter((_, i) => i % step === 0), minor: all };
}

/** BokehJS's DatetimeTicker (datetime_ticker.ts). */
export function datetime_ticks(start: number, end: number, desired = 6, num_minor = 0): Ticks {
  return datetime_ticker_ticks(start, end, desired, num_minor);
}

export type TickerKind = "basic" | "log" | "datetime" | "fixed" | "categorical";

export function ticker_kind(ticker: ModelSnap | null, fallback: TickerKind): TickerKind {
  switch (ticker?.type) {
    case "LogTicker": return "log";
    case "DatetimeTicker": return "datetime";
    case "FixedTicker": return "fixed";
    case "CategoricalTicker": return "categorical";
    case "BasicTicker": case "AdaptiveTicker": case "SingleIntervalTicker": return "basic";
    default: return fallback;
  }
}

/**
 * The ticker types ticker_kind knows (others fall back to the axis' default ticks), and the
 * sub-tickers a DatetimeTicker holds (datetime_ticks computes their ticks itself).
 */
export function ticker_types(): string[] {
  return ["LogTicker", "DatetimeTicker", "FixedTicker", "CategoricalTicker", "BasicTicker", "AdaptiveTicker", "SingleIntervalTicker", "DaysTicker", "MonthsTicker", "YearsTicker"];
}

/** Continuous ticks for a Ticker model snapshot (categorical ticks come from the FactorMap). */
export function compute_ticks(ticker: ModelSnap | null, fallback: TickerKind, start: number, end: number): Ticks {
  const kind = ticker_kind(ticker, fallback);
  const desired = ticker != null ? attr<number>(ticker, "desired_num_ticks") : 6;
  switch (kind) {
    case "log": return log_ticks(start, end, desired);
    case "datetime": return datetime_ticks(start, end, desired, ticker != null ? attr<number>(ticker, "num_minor_ticks") : 0);
    case "fixed": {
      const lo = Math.min(start, end), hi = Math.max(start, end);
      const inside = (v: number) => v >= lo && v <= hi;
      const major = (attr<number[]>(ticker!, "ticks") ?? []).filter(inside);
      const minor = (attr<number[]>(ticker!, "minor_ticks") ?? []).filter(inside);
      return { major, minor };
    }
    default: {
      if (ticker?.type === "SingleIntervalTicker") {
        const interval = attr<number>(ticker, "interval");
        return { major: ticks_at(Math.min(start, end), Math.max(start, end), interval), minor: [] };
      }
      const num_minor = ticker != null ? attr<number>(ticker, "num_minor_ticks") : 5;
      const mantissas = ticker != null ? attr<number[]>(ticker, "mantissas") : [1, 2, 5];
      const base = ticker != null ? attr<number>(ticker, "base") : 10;
      return basic_ticks(start, end, desired, num_minor, mantissas, base);
    }
  }
}

// ---------------------------------------------------------------- formatters

/** bokehjs BasicTickFormatter with precision "auto". */
export function format_basic(ticks: readonly number[], use_scientific = true, power_limit_high = 5, power_limit_low = -3, precision: number | "auto" = "auto"): string[] {
  if (ticks.length === 0) return [];
  let zero_eps = 0;
  if (ticks.length >= 2) zero_eps = Math.abs(ticks[1]! - ticks[0]!) / 10000;
  let need_sci = false;
  if (use_scientific) {
    for (const t of ticks) {
      const a = Math.abs(t);
      if (a > zero_eps && (a >= 10 ** power_limit_high || a < 10 ** power_limit_low)) { need_sci = true; break; }
    }
  }
  const fmt = (t: number, p: number): string => {
    if (Math.abs(t) <= zero_eps) return "0";
    if (need_sci) return t.toExponential(p).replace(/\.?0+e/, "e");
    return t.toFixed(p).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  };
  if (precision !== "auto") return ticks.map((t) => unicode_minus(fmt(t, precision)));
  let labels: string[] = [];
  for (let p = need_sci ? 1 : 0; p <= 15; p++) {
    labels = ticks.map((t) => fmt(t, p));
    let distinct = true;
    for (let i = 1; i < labels.length; i++) if (labels[i] === labels[i - 1]) { distinct = false; break; }
    if (distinct) break;
  }
  return labels.map(unicode_minus);
}

/** BokehJS's BasicTickFormatter writes minus signs as U+2212 (typographic minus, as wide as "+"). */
export function unicode_minus(s: string): string {
  return s.replace(/-/g, "\u2212");
}

const RESOLUTIONS = ["microseconds", "milliseconds", "seconds", "minsec", "minutes", "hourmin", "hours", "days", "months", "years"] as const;
type Resolution = typeof RESOLUTIONS[number];
/** BokehJS tm_index_for_resolution: which of [Y, m, d, H, M, S] being 0 means "at the next unit's boundary". */
const TM_INDEX: Record<Resolution, number> = { microseconds: 0, milliseconds: 0, seconds: 5, minsec: 4, minutes: 4, hourmin: 3, hours: 3, days: 0, months: 0, years: 0 };
const DT_DEFAULTS: Record<Resolution, string> = { microseconds: "%fus", milliseconds: "%3Nms", seconds: "%Ss", minsec: ":%M:%S", minutes: ":%M", hourmin: "%H:%M", hours: "%Hh", days: "%m/%d", months: "%m/%Y", years: "%Y" };

/** BokehJS DatetimeTickFormatter's _get_resolution (mean tick spacing and span in ms). */
export function datetime_resolution(spacing_ms: number, span_ms: number): Resolution {
  const r = spacing_ms * 1.1;
  if (r < 1) return "microseconds";
  if (r < 1000) return "milliseconds";
  if (r < 60_000) return span_ms >= 60_000 ? "minsec" : "seconds";
  if (r < 3_600_000) return span_ms >= 3_600_000 ? "hourmin" : "minutes";
  if (r < 86_400_000) return "hours";
  if (r < 86_400_000 * 30) return "days";
  if (r < 86_400_000 * 365) return "months";
  return "years";
}

/** DatetimeTickFormatter.doFormat without context labels: the resolution's format, promoted at a larger unit's boundary (boundary_scaling). */
export function format_datetime(ticks: readonly number[], formatter: ModelSnap | null): string[] {
  if (ticks.length === 0) return [];
  const span = Math.abs(ticks[ticks.length - 1]! - ticks[0]!);
  const res = datetime_resolution(span / (ticks.length - 1), span);
  const fmt = (r: Resolution): string => {
    const f = formatter != null ? attr<string | string[] | undefined>(formatter, r) : undefined;
    return f === undefined ? DT_DEFAULTS[r] : Array.isArray(f) ? f[0]! : f;
  };
  const scaling = formatter != null ? attr<boolean | undefined>(formatter, "boundary_scaling") !== false : true;
  const i0 = RESOLUTIONS.indexOf(res);
  return ticks.map((t) => {
    let s = strftime(t, fmt(res));
    if (!scaling) return s;
    const d = new Date(t);
    const tm = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
    let next = i0, hybrid_handled = false;
    while (tm[TM_INDEX[RESOLUTIONS[next]!]] === 0) {
      next += 1;
      if (next === RESOLUTIONS.length) break;
      if ((res === "minsec" || res === "hourmin") && !hybrid_handled) {
        if ((res === "minsec" && tm[4] === 0 && tm[5] !== 0) || (res === "hourmin" && tm[3] === 0 && tm[4] !== 0)) {
          s = strftime(t, fmt(RESOLUTIONS[i0 - 1]!));
          break;
        }
        hybrid_handled = true;
      }
      s = strftime(t, fmt(RESOLUTIONS[next]!));
    }
    return s;
  });
}

export type FormatterKind = "basic" | "datetime" | "log" | "categorical";

export function format_ticks(formatter: ModelSnap | null, fallback: FormatterKind, ticks: readonly number[]): string[] {
  const type = formatter?.type;
  if (type === "NumeralTickFormatter") return ticks.map((t) => format_numeral(t, attr<string>(formatter!, "format")));
  if (type === "DatetimeTickFormatter" || (type == null && fallback === "datetime")) return format_datetime(ticks, formatter);
  if (type === "PrintfTickFormatter") {
    const f = attr<string>(formatter!, "format");
    return ticks.map((t) => sprintf(f, t));
  }
  if (type === "LogTickFormatter" || (type == null && fallback === "log")) {
    return ticks.map((t) => {
      const e = Math.log10(t);
      return Math.abs(e - Math.round(e)) < 1e-9 ? `10${superscript(Math.round(e))}` : format_basic([t])[0]!;
    });
  }
  if (type === "BasicTickFormatter") {
    const m = formatter!;
    return format_basic(ticks, attr<boolean>(m, "use_scientific"), attr<number>(m, "power_limit_high"), attr<number>(m, "power_limit_low"), attr<number | "auto">(m, "precision"));
  }
  return format_basic(ticks);
}

/** The tick formatter types format_ticks formats (CategoricalTickFormatter: factors are their own labels). */
export function tick_formatter_types(): string[] {
  return ["NumeralTickFormatter", "DatetimeTickFormatter", "PrintfTickFormatter", "LogTickFormatter", "BasicTickFormatter", "CategoricalTickFormatter", "CustomJSTickFormatter"];
}

/**
 * printf as BokehJS's PrintfTickFormatter and hover "printf" formatter (both use sprintf-js).
 * A format sprintf-js rejects (e.g. more conversions than values) shows the value as text
 * instead of breaking the axis.
 */
export function sprintf(fmt: string, ...args: unknown[]): string {
  try {
    return sprintf_js(fmt, ...args);
  } catch {
    return args.map(String).join(" ");
  }
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** 10^n labels as Bokeh's LogTickFormatter renders them (10², 10⁻³). */
export function superscript(n: number): string {
  return String(n).replace(/-/g, "⁻").replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
}
