import { describe, expect, it } from "vitest";
import { datetime_ticker_ticks } from "./datetime_ticker.ts";

const D = (y: number, m: number, d = 1, h = 0): number => Date.UTC(y, m - 1, d, h);
const iso = (ts: readonly number[]): string[] => ts.map((t) => new Date(t).toISOString().slice(0, 13));

describe("DatetimeTicker (BokehJS 3.10's choice of sub-ticker)", () => {
  it("a year with 10% padding ticks every 2 months on the 1st, never on Dec 31", () => {
    const lo = D(2024, 1) - 36.6 * 86_400_000, hi = D(2024, 12, 31) + 36.6 * 86_400_000;
    const t = datetime_ticker_ticks(lo, hi);
    expect(iso(t.major)).toEqual(["2024-01-01T00", "2024-03-01T00", "2024-05-01T00", "2024-07-01T00", "2024-09-01T00", "2024-11-01T00", "2025-01-01T00"]);
    expect(t.minor).toEqual([]);
  });
  it("two weeks tick on days 1, 4, 7, ... (every 3 days), skipping a day too close to the next month", () => {
    expect(iso(datetime_ticker_ticks(D(2024, 1, 20), D(2024, 2, 5)).major)).toEqual(
      ["2024-01-22T00", "2024-01-25T00", "2024-01-28T00", "2024-02-01T00", "2024-02-04T00"]);
  });
  it("a day ticks every 4 hours; a minute every 10 seconds", () => {
    expect(iso(datetime_ticker_ticks(D(2024, 5, 1), D(2024, 5, 2)).major)).toEqual(
      ["2024-05-01T00", "2024-05-01T04", "2024-05-01T08", "2024-05-01T12", "2024-05-01T16", "2024-05-01T20", "2024-05-02T00"]);
    const m = datetime_ticker_ticks(D(2024, 5, 1), D(2024, 5, 1) + 60_000).major;
    expect(m.map((t) => t - D(2024, 5, 1))).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000]);
  });
  it("decades tick on round years (1-2-5 years; a tie takes the smaller); sub-second ranges use 1-2-5 milliseconds", () => {
    expect(datetime_ticker_ticks(D(1990, 1), D(2030, 1)).major.map((t) => new Date(t).getUTCFullYear())).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025, 2030]);
    expect(datetime_ticker_ticks(1000, 1012).major).toEqual([1000, 1002, 1004, 1006, 1008, 1010, 1012]);
  });
  it("a reversed range gives the same ticks; an empty or infinite one none that crash", () => {
    expect(datetime_ticker_ticks(D(2024, 5, 2), D(2024, 5, 1)).major.length).toBe(7);
    expect(Array.isArray(datetime_ticker_ticks(5, 5).major)).toBe(true);
    expect(datetime_ticker_ticks(0, Infinity).major).toEqual([]);
  });
});
