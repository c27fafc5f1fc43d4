import { describe, it, expect } from "vitest";
import { adaptive_interval, basic_ticks, log_ticks, datetime_ticks, format_basic, format_datetime, sprintf, datetime_resolution } from "./ticks.ts";
import { format_numeral } from "../../format/numeral.ts";
import { strftime } from "../../format/strftime.ts";

describe("tickers", () => {
  it("picks nice intervals like bokeh", () => {
    expect(adaptive_interval(0, 10, 6)).toBe(2);
    expect(adaptive_interval(0, 1, 6)).toBeCloseTo(0.2);
    expect(adaptive_interval(0, 100, 6)).toBe(20);
    expect(adaptive_interval(-0.5, 10.5, 6)).toBe(2);
  });
  it("basic ticks are within range and round", () => {
    const t = basic_ticks(-0.5, 10.5);
    expect(t.major).toEqual([0, 2, 4, 6, 8, 10]);
    expect(t.minor.length).toBeGreaterThan(20);
    expect(basic_ticks(0, 0.3).major).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
  });
  it("log ticks are powers of ten", () => {
    expect(log_ticks(1, 1e4).major).toEqual([1, 10, 100, 1000, 10000]);
  });
  it("datetime ticks land on calendar boundaries", () => {
    const t = datetime_ticks(Date.UTC(2024, 0, 1), Date.UTC(2024, 6, 1));
    expect(t.major.every((v) => new Date(v).getUTCDate() === 1)).toBe(true);
  });
});

describe("formatters", () => {
  it("basic: minimal precision that keeps labels distinct", () => {
    expect(format_basic([0, 2, 4])).toEqual(["0", "2", "4"]);
    expect(format_basic([0, 0.5, 1, 1.5])).toEqual(["0", "0.5", "1", "1.5"]);
    expect(format_basic([0.1, 0.2, 0.3])).toEqual(["0.1", "0.2", "0.3"]);
    expect(format_basic([1e6, 2e6])).toEqual(["1e+6", "2e+6"]);
    expect(format_basic([0.0001, 0.0002])).toEqual(["1e\u22124", "2e\u22124"]);
    // as BokehJS: negative labels with the Unicode minus sign (U+2212), not a hyphen
    expect(format_basic([-1, -0.5, 0, 0.5])).toEqual(["\u22121", "\u22120.5", "0", "0.5"]);
  });
  it("datetime picks resolution", () => {
    expect(datetime_resolution(86_400_000, 86_400_000 * 6)).toBe("days");
    expect(format_datetime([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2)], null)).toEqual(["01/01", "01/02"]);
    expect(format_datetime([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], null)).toEqual(["2020", "2021"]);
  });
  it("strftime", () => {
    expect(strftime(Date.UTC(2024, 2, 5, 7, 8, 9, 123), "%Y-%m-%d %H:%M:%S.%3N %b")).toBe("2024-03-05 07:08:09.123 Mar");
  });
  it("numeral", () => {
    expect(format_numeral(1234567.891, "0,0")).toBe("1,234,568");
    expect(format_numeral(1234.5, "0,0.00")).toBe("1,234.50");
    expect(format_numeral(0.256, "0%")).toBe("26%");
    expect(format_numeral(1500, "0.0a")).toBe("1.5k");
    expect(format_numeral(12.5, "$0,0.00")).toBe("$12.50");
    expect(format_numeral(-3, "(0,0)")).toBe("(3)");
    expect(format_numeral(1.5, "0[.]00")).toBe("1.5");
  });
  it("printf", () => {
    expect(sprintf("%.2f", 3.14159)).toBe("3.14");
    expect(sprintf("%5d|", 42)).toBe("   42|");
    expect(sprintf("%-4s|", "a")).toBe("a   |");
  });
});
