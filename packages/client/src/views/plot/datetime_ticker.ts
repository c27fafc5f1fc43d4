// BokehJS 3.10's DatetimeTicker, ported: a CompositeTicker over adaptive (sub-second, seconds/minutes,
// hours), days, months and years tickers; the one whose interval range brackets the ideal interval
// best draws the ticks (models/tickers/{datetime,composite,adaptive,days,months,years}_ticker.js).
import { adaptive_interval, type Ticks } from "./ticks.ts";

const ONE_MILLI = 1, ONE_SECOND = 1000, ONE_MINUTE = 60 * ONE_SECOND, ONE_HOUR = 60 * ONE_MINUTE;
const ONE_DAY = 24 * ONE_HOUR, ONE_MONTH = 30 * ONE_DAY, ONE_YEAR = 365 * ONE_DAY;

interface SubTicker {
  readonly min_interval: number;
  readonly max_interval: number;
  ticks(lo: number, hi: number, desired: number, num_minor: number): Ticks;
}


/** ContinuousTicker.get_ticks_no_defaults for a fixed interval (major and minor ticks). */
export function interval_ticks(lo: number, hi: number, interval: number, num_minor: number): Ticks {
  const s = Math.floor(lo / interval), e = Math.ceil(hi / interval);
  const major: number[] = [];
  if (isFinite(s) && isFinite(e) && e - s <= 100_000) {
    for (let f = s; f <= e; f++) {
      const t = f * interval;
      if (lo <= t && t <= hi) major.push(t);
    }
  }
  const minor: number[] = [];
  if (num_minor > 0 && major.length > 0) {
    const step = interval / num_minor;
    for (let i = 1; i < num_minor; i++) {
      const mt = major[0]! - i * step;
      if (lo <= mt && mt <= hi) minor.push(mt);
    }
    for (const t of major) {
      for (let i = 0; i < num_minor; i++) {
        const mt = t + i * step;
        if (lo <= mt && mt <= hi) minor.push(mt);
      }
    }
  }
  return { major, minor };
}

function adaptive(mantissas: readonly number[], base: number, min_interval: number, max_interval: number): SubTicker {
  return {
    min_interval, max_interval,
    ticks: (lo, hi, desired, num_minor) => interval_ticks(lo, hi, adaptive_interval(lo, hi, desired, mantissas, base, min_interval, max_interval), num_minor),
  };
}

/** The first of the month (UTC) at or before `t`. */
function month_floor(t: number): Date {
  const d = new Date(t);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

function days_ticker(days: readonly number[]): SubTicker {
  const interval = (days.length > 1 ? days[1]! - days[0]! : 31) * ONE_DAY;
  return {
    min_interval: interval, max_interval: interval,
    ticks(lo, hi) {
      const start = month_floor(lo), end = month_floor(hi);
      end.setUTCMonth(end.getUTCMonth() + 1);
      const major: number[] = [];
      for (const month = start; month <= end; month.setUTCMonth(month.getUTCMonth() + 1)) {
        for (const day of days) {
          const d = new Date(month.getTime());
          d.setUTCDate(day);
          // a day too close to the next month's 1st is left out (BokehJS: half an interval of room)
          if (new Date(d.getTime() + interval / 2).getUTCMonth() !== month.getUTCMonth()) continue;
          const t = d.getTime();
          if (lo <= t && t <= hi) major.push(t);
        }
      }
      return { major, minor: [] };
    },
  };
}

function months_ticker(months: readonly number[]): SubTicker {
  const interval = (months.length > 1 ? months[1]! - months[0]! : 12) * ONE_MONTH;
  return {
    min_interval: interval, max_interval: interval,
    ticks(lo, hi) {
      const y0 = new Date(lo).getUTCFullYear(), y1 = new Date(hi).getUTCFullYear() + 1;
      const major: number[] = [];
      for (let y = y0; y <= y1; y++) {
        for (const m of months) {
          const t = Date.UTC(y, m, 1);
          if (lo <= t && t <= hi) major.push(t);
        }
      }
      return { major, minor: [] };
    },
  };
}

const years_ticker: SubTicker = {
  min_interval: ONE_YEAR, max_interval: ONE_YEAR,
  ticks(lo, hi, desired) {
    // a BasicTicker (mantissas 1, 2, 5; no minor ticks) over the years
    const y0 = new Date(lo).getUTCFullYear(), y1 = new Date(hi).getUTCFullYear();
    const years = y1 > y0 ? interval_ticks(y0, y1, adaptive_interval(y0, y1, desired, [1, 2, 5], 10, 0, Infinity), 0).major : [y0];
    const major = years.map((y) => Date.UTC(y, 0, 1)).filter((t) => lo <= t && t <= hi);
    return { major, minor: [] };
  },
};

const range = (start: number, stop: number, step = 1): number[] => {
  const out: number[] = [];
  for (let i = start; i < stop; i += step) out.push(i);
  return out;
};

/** DatetimeTicker's default `tickers`, in order of increasing interval. */
const TICKERS: readonly SubTicker[] = [
  adaptive([1, 2, 5], 10, 0, 500 * ONE_MILLI),
  adaptive([1, 2, 5, 10, 15, 20, 30], 60, ONE_SECOND, 30 * ONE_MINUTE),
  adaptive([1, 2, 4, 6, 8, 12], 24, ONE_HOUR, 12 * ONE_HOUR),
  days_ticker(range(1, 32)),
  days_ticker(range(1, 31, 3)),
  days_ticker([1, 8, 15, 22]),
  days_ticker([1, 15]),
  months_ticker(range(0, 12, 1)),
  months_ticker(range(0, 12, 2)),
  months_ticker(range(0, 12, 4)),
  months_ticker(range(0, 12, 6)),
  years_ticker,
];

/** sorted_index: the first index at which `v` could be inserted keeping `xs` sorted. */
function sorted_index(xs: readonly number[], v: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** CompositeTicker.get_best_ticker over DatetimeTicker's tickers. */
function best_ticker(lo: number, hi: number, desired: number): SubTicker {
  const data_range = hi - lo;
  if (data_range === 0) return TICKERS[0]!;
  const ideal = data_range / desired;
  const mins = TICKERS.map((t) => t.min_interval), maxs = TICKERS.map((t) => t.max_interval);
  const ndxs = [sorted_index(mins, ideal) - 1, sorted_index(maxs, ideal)] as const;
  const errors = [mins[ndxs[0]], maxs[ndxs[1]]].map((iv) => iv === undefined ? NaN : Math.abs(desired - data_range / iv));
  if (errors.every((e) => isNaN(e))) return TICKERS[0]!;
  // argmin skips NaN (an index off either end)
  const pick = isNaN(errors[0]!) ? 1 : isNaN(errors[1]!) ? 0 : errors[1]! < errors[0]! ? 1 : 0;
  return TICKERS[ndxs[pick]]!;
}

/** DatetimeTicker.get_ticks(lo, hi) with `desired_num_ticks` and `num_minor_ticks` (0 by default). */
export function datetime_ticker_ticks(start: number, end: number, desired = 6, num_minor = 0): Ticks {
  const lo = Math.min(start, end), hi = Math.max(start, end);
  if (!isFinite(lo) || !isFinite(hi)) return { major: [], minor: [] };
  return best_ticker(lo, hi, desired).ticks(lo, hi, desired, num_minor);
}
