import { describe, expect, it } from "vitest";
import { compute_completions } from "./autocomplete.ts";
import { bokeh_datetime, hex_color, native_date, native_time } from "./pickers.ts";
import { accept_attr, too_big } from "./file_input.ts";
import { overflow } from "./containers.ts";
import { widget_types } from "./index.ts";

describe("AutocompleteInput completions", () => {
  const completions = ["Amsterdam", "Athens", "Austin", "Berlin", "athens (GA)"];
  it("match the start of a completion, case-sensitively by default", () => {
    expect(compute_completions("At", { completions, case_sensitive: true, search_strategy: "starts_with", max_completions: null })).toEqual(["Athens"]);
  });
  it("ignore case when case_sensitive is false, search inside with 'includes', and stop at max_completions", () => {
    expect(compute_completions("at", { completions, case_sensitive: false, search_strategy: "starts_with", max_completions: null })).toEqual(["Athens", "athens (GA)"]);
    expect(compute_completions("in", { completions, case_sensitive: true, search_strategy: "includes", max_completions: 1 })).toEqual(["Austin"]);
  });
});

describe("picker values", () => {
  it("DateLike and DatetimeLike values become native input values and back in BokehJS's form", () => {
    expect(native_date(Date.UTC(2024, 1, 3, 4, 5, 6), false)).toBe("2024-02-03");
    expect(native_date(Date.UTC(2024, 1, 3, 4, 5, 6), true)).toBe("2024-02-03T04:05");
    expect(native_date("2024-01-05 10:30:12", true)).toBe("2024-01-05T10:30");
    expect(bokeh_datetime("2024-01-05T10:30")).toBe("2024-01-05 10:30");
    expect(native_time("09:15:30", false)).toBe("09:15");
    expect(native_time(3_723_000, true)).toBe("01:02:03");
  });
  it("a ColorPicker shows any Bokeh color as #rrggbb", () => {
    expect(hex_color("red")).toBe("#ff0000");
    expect(hex_color([0, 128, 255])).toBe("#0080ff");
  });
  it("FileInput.accept as a list or a string; ScrollBox policies as CSS overflow", () => {
    expect(accept_attr([".csv", "text/plain"])).toBe(".csv,text/plain");
    expect(accept_attr("image/*")).toBe("image/*");
    expect([overflow("auto"), overflow("visible"), overflow("hidden")]).toEqual(["auto", "scroll", "hidden"]);
  });
});

describe("FileInput size check", () => {
  it("refuses files whose base64 would not fit in one message of the server's limit, naming both sizes", () => {
    expect(too_big([{ name: "a.csv", size: 1000 }], 64 * 1024)).toBeNull();
    expect(too_big([{ name: "a.csv", size: 1000 }], undefined)).toBeNull();
    expect(too_big([{ name: "big.bin", size: 60 * 1024 }], 64 * 1024)).toBe("big.bin is too big to send: 85 kB as sent, and this server accepts messages up to 64 kB (its --websocket-max-message-size)");
    expect(too_big([{ name: "a", size: 30_000 }, { name: "b", size: 30_000 }], 64 * 1024)).toMatch(/^2 files is too big/);
  });
});

describe("widget registry", () => {
  it("lists every widget and UI element type the client draws", () => {
    const types = widget_types();
    for (const t of ["AutocompleteInput", "PasswordInput", "ColorPicker", "DatetimePicker", "TimePicker", "DateRangePicker", "MultipleDatePicker",
      "DateRangeSlider", "DatetimeRangeSlider", "CategoricalSlider", "FileInput", "HelpButton", "Dialog", "ScrollBox", "GroupBox", "Tooltip", "DataTable"]) {
      expect(types).toContain(t);
    }
    expect(new Set(types).size).toBe(types.length);
  });
});
