// Base class for widgets: a titled box, echo-free attribute updates.
import { attr, type ModelSnap } from "../../state/snapshot.ts";
import { apply_sizing, type DomContext, type DomView } from "../view.ts";
import { ensure_css } from "../css.ts";

export abstract class WidgetView implements DomView {
  readonly el: HTMLDivElement;
  protected title_el: HTMLLabelElement | null = null;
  private updating = false;

  constructor(public model: ModelSnap, protected readonly ctx: DomContext) {
    ensure_css();
    this.el = document.createElement("div");
    this.el.className = `dash-widget dash-${model.type.toLowerCase()}`;
    this.el.dataset["id"] = model.id;
    this.build();
    this.refresh(null);
  }

  /** Create the DOM once. */
  protected abstract build(): void;
  /** Bring the DOM in line with `this.model` (prev is the previous snapshot or null). */
  protected abstract render(prev: ModelSnap | null): void;

  private refresh(prev: ModelSnap | null): void {
    this.updating = true;
    try {
      apply_sizing(this.el, this.model, { width: null });
      this.el.classList.toggle("disabled", this.attr<boolean>("disabled") === true);
      if (this.title_el != null) {
        const t = this.attr<string | null>("title");
        this.title_el.textContent = t ?? "";
        this.title_el.style.display = t ? "" : "none";
      }
      this.render(prev);
    } finally {
      this.updating = false;
    }
  }

  update(next: ModelSnap): void {
    const prev = this.model;
    this.model = next;
    this.refresh(prev);
  }

  protected attr<T>(name: string): T {
    return attr<T>(this.model, name);
  }

  protected changed(prev: ModelSnap | null, ...names: string[]): boolean {
    return prev == null || names.some((n) => prev.attrs[n] !== this.model.attrs[n]);
  }

  /** User input: report to the document, never while applying a server update. */
  protected set(name: string, value: unknown): void {
    if (this.updating) return;
    this.ctx.set_attr(this.model.id, name, value);
  }

  protected emit(event_name: string, extra: Record<string, unknown> = {}): void {
    if (this.updating) return;
    this.ctx.emit_event(this.model.id, { event_name, ...extra });
  }

  protected add_title(): HTMLLabelElement {
    this.title_el = document.createElement("label");
    this.title_el.className = "dash-title";
    this.el.appendChild(this.title_el);
    return this.title_el;
  }

  destroy(): void {
    this.el.remove();
  }
}

export type Option = { value: string; label: string };

/** Bokeh options: ["a", "b"] or [["value", "label"], ...] (groups flattened). */
export function options_of(v: unknown): Option[] {
  const out: Option[] = [];
  const push = (o: unknown) => {
    if (Array.isArray(o)) out.push({ value: String(o[0]), label: String(o[1]) });
    else out.push({ value: String(o), label: String(o) });
  };
  if (Array.isArray(v)) v.forEach(push);
  else if (v != null && typeof v === "object") for (const group of Object.values(v)) if (Array.isArray(group)) group.forEach(push);
  return out;
}

export function button_class(type: unknown): string {
  const t = String(type ?? "default");
  return t === "default" || t === "light" ? "dash-btn" : `dash-btn ${t}`;
}
