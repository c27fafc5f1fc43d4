// DatetimePicker, TimePicker, DateRangePicker, DatetimeRangePicker, MultipleDatePicker,
// MultipleDatetimePicker and ColorPicker on the browser's native inputs. Values travel in the
// forms BokehJS's (flatpickr) pickers write: "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS]", "HH:MM[:SS]".
import type { ModelSnap } from "../../state/snapshot.ts";
import { parse_color } from "../../format/color.ts";
import { WidgetView } from "./base.ts";
import { ensure_widget_css } from "./widget_css.ts";

const pad = (n: number): string => String(n).padStart(2, "0");

/** A DateLike/DatetimeLike (ms since epoch, or an ISO-ish string) as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]" for native inputs. */
export function native_date(v: unknown, time: boolean, seconds = false): string {
  if (typeof v === "number" && Number.isFinite(v)) {
    const d = new Date(v);
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    if (!time) return day;
    return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds ? `:${pad(d.getUTCSeconds())}` : ""}`;
  }
  if (typeof v !== "string") return "";
  const s = v.trim().replace(" ", "T");
  if (!time) return s.slice(0, 10);
  const [day, clock = "00:00"] = s.split("T");
  return `${day}T${clock.slice(0, seconds ? 8 : 5)}`;
}

/** A native datetime-local value back in BokehJS's "YYYY-MM-DD HH:MM[:SS]" form. */
export function bokeh_datetime(native: string): string {
  return native.replace("T", " ");
}

/** TimeLike (ms since midnight or "HH:MM[:SS]") as "HH:MM[:SS]". */
export function native_time(v: unknown, seconds: boolean): string {
  if (typeof v === "number" && Number.isFinite(v)) {
    const s = Math.floor(v / 1000);
    return `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}${seconds ? `:${pad(s % 60)}` : ""}`;
  }
  if (typeof v !== "string") return "";
  return v.slice(0, seconds ? 8 : 5);
}

function input(type: string): HTMLInputElement {
  const el = document.createElement("input");
  el.type = type;
  return el;
}

/** DatetimePicker / TimePicker / DatePicker-like: one native input. */
export class SinglePickerView extends WidgetView {
  declare private input: HTMLInputElement;

  private get kind(): "datetime" | "time" { return this.model.type === "TimePicker" ? "time" : "datetime"; }
  private get seconds(): boolean { return this.model.type === "TimePicker" ? this.attr<boolean>("seconds") === true : false; }

  protected build(): void {
    ensure_widget_css();
    this.add_title();
    this.input = input(this.kind === "time" ? "time" : "datetime-local");
    this.input.addEventListener("change", () => {
      const v = this.input.value;
      this.set("value", v === "" ? null : this.kind === "time" ? v : bokeh_datetime(v));
    });
    this.el.appendChild(this.input);
  }

  protected render(prev: ModelSnap | null): void {
    const time = this.kind === "time";
    const conv = (v: unknown): string => (time ? native_time(v, this.seconds) : native_date(v, true));
    if (this.changed(prev, "value")) this.input.value = conv(this.attr("value"));
    this.input.min = conv(this.attr(time ? "min_time" : "min_date"));
    this.input.max = conv(this.attr(time ? "max_time" : "max_date"));
    if (time) this.input.step = this.seconds ? "1" : String(60 * Math.max(1, this.attr<number>("minute_increment") ?? 1));
    this.input.disabled = this.attr<boolean>("disabled") === true;
  }
}

/** DateRangePicker / DatetimeRangePicker: two native inputs, value [from, to] (null until both are set). */
export class RangePickerView extends WidgetView {
  declare private from: HTMLInputElement;
  declare private to: HTMLInputElement;
  private get time(): boolean { return this.model.type === "DatetimeRangePicker"; }

  protected build(): void {
    ensure_widget_css();
    this.add_title();
    const box = document.createElement("div");
    box.className = "dash-picker-range";
    this.from = input(this.time ? "datetime-local" : "date");
    this.to = input(this.time ? "datetime-local" : "date");
    const sep = document.createElement("span");
    sep.textContent = "to";
    box.append(this.from, sep, this.to);
    const changed = (): void => {
      const a = this.from.value, b = this.to.value;
      if (a === "" && b === "") { this.set("value", null); return; }
      if (a === "" || b === "") return; // as flatpickr: a range is reported once both ends are picked
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const out = (v: string): string => (this.time ? bokeh_datetime(v) : v);
      this.set("value", [out(lo), out(hi)]);
    };
    this.from.addEventListener("change", changed);
    this.to.addEventListener("change", changed);
    this.el.appendChild(box);
  }

  protected render(prev: ModelSnap | null): void {
    if (this.changed(prev, "value")) {
      const v = this.attr<unknown>("value");
      const [a, b] = Array.isArray(v) ? v : [null, null];
      this.from.value = native_date(a, this.time);
      this.to.value = native_date(b, this.time);
    }
    for (const el of [this.from, this.to]) {
      el.min = native_date(this.attr("min_date"), this.time);
      el.max = native_date(this.attr("max_date"), this.time);
      el.disabled = this.attr<boolean>("disabled") === true;
    }
  }
}

/** MultipleDatePicker / MultipleDatetimePicker: a native input adds a date, chips list and remove them. */
export class MultiplePickerView extends WidgetView {
  declare private input: HTMLInputElement;
  declare private chips: HTMLDivElement;
  private get time(): boolean { return this.model.type === "MultipleDatetimePicker"; }

  private values(): string[] {
    const v = this.attr<unknown>("value");
    return Array.isArray(v) ? v.map((d) => (this.time ? bokeh_datetime(native_date(d, true)) : native_date(d, false))) : [];
  }

  protected build(): void {
    ensure_widget_css();
    this.add_title();
    this.input = input(this.time ? "datetime-local" : "date");
    this.chips = document.createElement("div");
    this.chips.className = "dash-tags";
    this.input.addEventListener("change", () => {
      if (this.input.value === "") return;
      const d = this.time ? bokeh_datetime(this.input.value) : this.input.value;
      const vals = this.values();
      if (!vals.includes(d)) this.set("value", [...vals, d].sort());
      this.input.value = "";
    });
    this.el.append(this.input, this.chips);
  }

  protected render(prev: ModelSnap | null): void {
    if (this.changed(prev, "value")) {
      this.chips.replaceChildren(...this.values().map((d) => {
        const chip = document.createElement("span");
        chip.className = "dash-tag";
        chip.textContent = d;
        const x = document.createElement("button");
        x.type = "button";
        x.textContent = "\u00d7";
        x.addEventListener("click", () => this.set("value", this.values().filter((v) => v !== d)));
        chip.appendChild(x);
        return chip;
      }));
    }
    this.input.min = native_date(this.attr("min_date"), this.time);
    this.input.max = native_date(this.attr("max_date"), this.time);
    this.input.disabled = this.attr<boolean>("disabled") === true;
  }
}

/** A Color (name, #rgb[a], rgb(), [r,g,b,a]) as the #rrggbb a native colour input takes. */
export function hex_color(v: unknown): string {
  const c = parse_color(v);
  return `#${(c?.rgb ?? 0).toString(16).padStart(6, "0")}`;
}

export class ColorPickerView extends WidgetView {
  declare private input: HTMLInputElement;

  protected build(): void {
    ensure_widget_css();
    this.add_title();
    this.input = input("color");
    this.input.addEventListener("input", () => this.set("color", this.input.value));
    this.el.appendChild(this.input);
  }

  protected render(prev: ModelSnap | null): void {
    if (this.changed(prev, "color")) this.input.value = hex_color(this.attr("color"));
    this.input.disabled = this.attr<boolean>("disabled") === true;
  }
}
