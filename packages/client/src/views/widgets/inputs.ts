// TextInput, PasswordInput, TextAreaInput, NumericInput, Spinner, DatePicker.
import type { ModelSnap } from "../../state/snapshot.ts";
import { WidgetView } from "./base.ts";

export class TextInputView extends WidgetView {
  declare private input: HTMLInputElement | HTMLTextAreaElement;

  protected build(): void {
    this.add_title();
    const area = this.model.type === "TextAreaInput";
    this.input = document.createElement(area ? "textarea" : "input");
    if (!area) (this.input as HTMLInputElement).type = this.model.type === "PasswordInput" ? "password" : "text";
    this.input.addEventListener("input", () => this.set("value_input", this.input.value));
    this.input.addEventListener("change", () => this.set("value", this.input.value));
    this.el.appendChild(this.input);
  }

  protected render(prev: ModelSnap | null): void {
    if (this.changed(prev, "value") && this.input.value !== this.attr<string>("value")) this.input.value = this.attr<string>("value") ?? "";
    this.input.placeholder = this.attr<string>("placeholder") ?? "";
    this.input.disabled = this.attr<boolean>("disabled") === true;
    if (this.input instanceof HTMLTextAreaElement) { this.input.rows = this.attr<number>("rows") ?? 2; }
    const ml = this.attr<number | null>("max_length");
    if (ml != null) this.input.maxLength = ml;
  }
}

export class NumericInputView extends WidgetView {
  declare private input: HTMLInputElement;

  protected build(): void {
    this.add_title();
    this.input = document.createElement("input");
    this.input.type = "number";
    this.input.addEventListener("change", () => {
      const raw = this.input.value.trim();
      if (raw === "") { this.set("value", null); return; }
      let v = Number(raw);
      if (isNaN(v)) return;
      const low = this.attr<number | null>("low"), high = this.attr<number | null>("high");
      if (low != null) v = Math.max(v, low);
      if (high != null) v = Math.min(v, high);
      if (this.model.type === "NumericInput" && this.attr<string>("mode") === "int") v = Math.round(v);
      this.input.value = String(v);
      this.set("value", v);
      if (this.model.type === "Spinner") this.set("value_throttled", v);
    });
    this.el.appendChild(this.input);
  }

  protected render(prev: ModelSnap | null): void {
    const v = this.attr<number | null>("value");
    if (this.changed(prev, "value")) this.input.value = v == null ? "" : String(v);
    const low = this.attr<number | null>("low"), high = this.attr<number | null>("high");
    this.input.min = low == null ? "" : String(low);
    this.input.max = high == null ? "" : String(high);
    this.input.step = this.model.type === "Spinner" ? String(this.attr<number>("step") ?? 1) : this.attr<string>("mode") === "int" ? "1" : "any";
    this.input.placeholder = this.attr<string>("placeholder") ?? "";
    this.input.disabled = this.attr<boolean>("disabled") === true;
  }
}

function iso_date(v: unknown): string {
  if (typeof v === "number") return new Date(v).toISOString().slice(0, 10);
  return typeof v === "string" ? v.slice(0, 10) : "";
}

export class DatePickerView extends WidgetView {
  declare private input: HTMLInputElement;

  protected build(): void {
    this.add_title();
    this.input = document.createElement("input");
    this.input.type = "date";
    this.input.addEventListener("change", () => this.set("value", this.input.value === "" ? null : this.input.value));
    this.el.appendChild(this.input);
  }

  protected render(prev: ModelSnap | null): void {
    if (this.changed(prev, "value")) this.input.value = iso_date(this.attr("value"));
    this.input.min = iso_date(this.attr("min_date"));
    this.input.max = iso_date(this.attr("max_date"));
    this.input.disabled = this.attr<boolean>("disabled") === true;
  }
}
