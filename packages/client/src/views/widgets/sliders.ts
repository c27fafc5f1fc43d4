// Slider, RangeSlider, DateSlider, DateRangeSlider, DatetimeRangeSlider, CategoricalSlider: native
// range inputs on a shared track (a CategoricalSlider's track runs over its categories' indices).
// `value` follows the drag; `value_throttled` is set when the drag ends (as in Bokeh).
import type { ModelSnap } from "../../state/snapshot.ts";
import { format_numeral } from "../../format/numeral.ts";
import { strftime } from "../../format/strftime.ts";
import { WidgetView } from "./base.ts";

const DAY = 86_400_000;
/** The handle width in CSS px (css.ts). */
const THUMB = 16;

export class SliderView extends WidgetView {
  declare private inputs: HTMLInputElement[];
  declare private value_el: HTMLSpanElement;
  declare private fill: HTMLDivElement;
  declare private head_title: HTMLSpanElement;

  private get range(): boolean { return this.model.type.includes("Range"); }
  private get date(): boolean { return this.model.type.startsWith("Date"); }
  private get categories(): string[] | null {
    return this.model.type === "CategoricalSlider" ? this.attr<string[]>("categories") ?? [] : null;
  }
  /** start, end and step of the track. */
  private bounds(): { start: number; end: number; step: number } {
    const cats = this.categories;
    if (cats != null) return { start: 0, end: Math.max(0, cats.length - 1), step: 1 };
    return { start: Number(this.attr("start")), end: Number(this.attr("end")), step: Number(this.attr("step") ?? 1) * this.step_unit };
  }
  /** DateSlider/DateRangeSlider.step is in days, DatetimeRangeSlider.step in ms (Bokeh). */
  private get step_unit(): number { return this.date && this.model.type !== "DatetimeRangeSlider" ? DAY : 1; }

  protected build(): void {
    const head = document.createElement("div");
    head.className = "dash-slider-head";
    this.head_title = document.createElement("span");
    this.value_el = document.createElement("span");
    this.value_el.className = "dash-slider-value";
    head.append(this.head_title, this.value_el);
    const track = document.createElement("div");
    track.className = "dash-slider-track";
    const bar = document.createElement("div");
    bar.className = "dash-slider-bar";
    this.fill = document.createElement("div");
    this.fill.className = "dash-slider-fill";
    track.append(bar, this.fill);
    this.inputs = [];
    for (let i = 0; i < (this.range ? 2 : 1); i++) {
      const inp = document.createElement("input");
      inp.type = "range";
      inp.addEventListener("input", () => this.on_input(i, false));
      inp.addEventListener("change", () => this.on_input(i, true));
      track.appendChild(inp);
      this.inputs.push(inp);
    }
    // as BokehJS (noUiSlider): a click on the track, off the handles, moves the nearest handle there
    track.addEventListener("pointerdown", (e) => this.track_click(e, track));
    this.el.append(head, track);
  }

  private track_click(e: PointerEvent, track: HTMLElement): void {
    if (e.target instanceof HTMLInputElement || e.button !== 0 || this.attr<boolean>("disabled") === true) return;
    const { start, end, step } = this.bounds();
    const box = track.getBoundingClientRect();
    // the handle's centre runs from half a handle in from each end
    const frac = Math.min(1, Math.max(0, (e.clientX - box.left - THUMB / 2) / Math.max(1, box.width - THUMB)));
    let v = start + frac * (end - start);
    if (step > 0) v = start + Math.round((v - start) / step) * step;
    v = Math.min(Math.max(v, Math.min(start, end)), Math.max(start, end));
    const vals = this.inputs.map((x) => Number(x.value));
    const i = this.range && Math.abs(v - vals[1]!) < Math.abs(v - vals[0]!) ? 1 : 0;
    this.inputs[i]!.value = String(v);
    this.on_input(i, false);
    this.on_input(i, true);
    e.preventDefault();
  }

  private current(): number[] {
    const v = this.attr<unknown>("value");
    const cats = this.categories;
    if (cats != null) return [Math.max(0, cats.indexOf(String(v)))];
    if (Array.isArray(v)) return v.map(Number);
    return [Number(v)];
  }

  private on_input(i: number, final: boolean): void {
    const vals = this.inputs.map((x) => Number(x.value));
    if (this.range) {
      if (vals[0]! > vals[1]!) { vals[i] = vals[1 - i]!; this.inputs[i]!.value = String(vals[i]); }
    }
    const cats = this.categories;
    const value: number | number[] | string = cats != null ? cats[Math.round(vals[0]!)] ?? "" : this.range ? vals : vals[0]!;
    this.show(vals);
    if (final) this.set("value_throttled", value);
    else this.set("value", value);
  }

  private fmt(v: number): string {
    const cats = this.categories;
    if (cats != null) return cats[Math.round(v)] ?? "";
    const f = this.attr<unknown>("format");
    if (this.date) return strftime(v, typeof f === "string" ? f : "%d %b %Y");
    return format_numeral(v, typeof f === "string" ? f : "0[.]00");
  }

  private show(vals: number[]): void {
    this.value_el.textContent = vals.map((v) => this.fmt(v)).join(" .. ");
    this.value_el.style.display = this.attr<boolean>("show_value") === false ? "none" : "";
    const { start, end } = this.bounds();
    const pct = (v: number) => (end === start ? 0 : ((v - start) / (end - start)) * 100);
    const a = this.range ? pct(vals[0]!) : 0, b = pct(vals[vals.length - 1]!);
    this.fill.style.left = `${a}%`;
    this.fill.style.width = `${Math.max(0, b - a)}%`;
    const bc = this.attr<string | null>("bar_color");
    if (bc != null && bc !== "#e6e6e6") this.fill.style.background = bc;
  }

  protected render(prev: ModelSnap | null): void {
    const title = this.attr<string>("title") ?? "";
    this.head_title.textContent = title ? `${title}:` : "";
    const { start, end, step } = this.bounds();
    for (const inp of this.inputs) {
      inp.min = String(start); inp.max = String(end); inp.step = String(step);
      inp.disabled = this.attr<boolean>("disabled") === true;
    }
    const vals = this.current();
    if (this.changed(prev, "value", "start", "end", "categories")) this.inputs.forEach((inp, i) => { inp.value = String(vals[i] ?? start); });
    this.show(vals);
  }
}
