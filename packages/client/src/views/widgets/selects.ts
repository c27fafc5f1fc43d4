// Select, MultiSelect, MultiChoice.
import type { ModelSnap } from "../../state/snapshot.ts";
import { WidgetView, options_of } from "./base.ts";

export class SelectView extends WidgetView {
  declare private select: HTMLSelectElement;

  protected build(): void {
    this.add_title();
    this.select = document.createElement("select");
    this.select.addEventListener("change", () => {
      if (this.select.multiple) this.set("value", [...this.select.selectedOptions].map((o) => o.value));
      else this.set("value", this.select.value);
    });
    this.el.appendChild(this.select);
  }

  protected render(prev: ModelSnap | null): void {
    const multi = this.model.type === "MultiSelect";
    this.select.multiple = multi;
    if (multi) this.select.size = this.attr<number>("size") ?? 4;
    if (this.changed(prev, "options")) {
      this.select.replaceChildren(...options_of(this.attr("options")).map((o) => new Option(o.label, o.value)));
    }
    const v = this.attr<unknown>("value");
    const chosen = new Set(Array.isArray(v) ? v.map(String) : [String(v ?? "")]);
    for (const o of this.select.options) o.selected = chosen.has(o.value);
    this.select.disabled = this.attr<boolean>("disabled") === true;
  }
}

export class MultiChoiceView extends WidgetView {
  declare private tags: HTMLDivElement;
  declare private picker: HTMLSelectElement;

  protected build(): void {
    this.add_title();
    this.tags = document.createElement("div");
    this.tags.className = "dash-tags";
    this.picker = document.createElement("select");
    this.picker.addEventListener("change", () => {
      const v = this.picker.value;
      if (v === "") return;
      this.set("value", [...this.values(), v]);
      this.picker.value = "";
    });
    this.el.append(this.tags, this.picker);
  }

  private values(): string[] {
    return (this.attr<unknown[]>("value") ?? []).map(String);
  }

  protected render(): void {
    const opts = options_of(this.attr("options"));
    const chosen = this.values();
    this.tags.replaceChildren(...chosen.map((v) => {
      const t = document.createElement("span");
      t.className = "dash-tag";
      t.textContent = opts.find((o) => o.value === v)?.label ?? v;
      const x = document.createElement("button");
      x.textContent = "\u00d7";
      x.addEventListener("click", () => this.set("value", this.values().filter((c) => c !== v)));
      t.appendChild(x);
      return t;
    }));
    const placeholder = new Option(this.attr<string | null>("placeholder") ?? "Choose\u2026", "");
    this.picker.replaceChildren(placeholder, ...opts.filter((o) => !chosen.includes(o.value)).map((o) => new Option(o.label, o.value)));
    this.picker.value = "";
    this.picker.disabled = this.attr<boolean>("disabled") === true;
  }
}
