// ScrollBox, GroupBox, Dialog, HelpButton and Tooltip: UI elements that hold or pop up other
// elements. Children are the root's cached views (ctx.view_for), so a child keeps its DOM.
import { attr, is_ref, type ModelSnap } from "../../state/snapshot.ts";
import { apply_sizing, type DomContext, type DomView } from "../view.ts";
import { ensure_css } from "../css.ts";
import { ensure_widget_css } from "./widget_css.ts";

abstract class ContainerView implements DomView {
  readonly el: HTMLElement;
  constructor(public model: ModelSnap, protected readonly ctx: DomContext, tag = "div") {
    ensure_css();
    ensure_widget_css();
    this.el = document.createElement(tag);
    this.el.dataset["id"] = model.id;
  }
  protected attr<T>(name: string): T { return attr<T>(this.model, name); }
  protected child(ref: unknown): DomView | null { return is_ref(ref) ? this.ctx.view_for(ref.$ref) : null; }
  /** Show a string or a UIElement reference (Dialog title/content, Tooltip content) in `el`; strings are text, never HTML. */
  protected fill(el: HTMLElement, v: unknown): void {
    if (v == null || typeof v === "string") {
      if (el.firstElementChild != null || el.textContent !== (v ?? "")) el.textContent = v ?? "";
      return;
    }
    const c = this.child(v)?.el ?? null;
    if (c == null) el.replaceChildren();
    else if (el.firstChild !== c || el.childNodes.length !== 1) el.replaceChildren(c);
  }
  update(next: ModelSnap): void { this.model = next; this.render(); }
  protected abstract render(): void;
  destroy(): void { this.el.remove(); }
}

/** "auto" | "visible" | "hidden" (Bokeh's ScrollbarPolicy) as CSS overflow. */
export function overflow(policy: unknown): string {
  return policy === "visible" ? "scroll" : policy === "hidden" ? "hidden" : "auto";
}

export class ScrollBoxView extends ContainerView {
  constructor(model: ModelSnap, ctx: DomContext) { super(model, ctx); this.render(); }
  protected render(): void {
    this.el.className = "dash-scrollbox";
    apply_sizing(this.el, this.model);
    this.el.style.overflowX = overflow(this.attr("horizontal_scrollbar"));
    this.el.style.overflowY = overflow(this.attr("vertical_scrollbar"));
    const c = this.child(this.attr("child"));
    if (c != null && this.el.firstChild !== c.el) this.el.replaceChildren(c.el);
  }
}

export class GroupBoxView extends ContainerView {
  private readonly legend = document.createElement("legend");
  private readonly check = document.createElement("input");
  private readonly label = document.createElement("span");
  constructor(model: ModelSnap, ctx: DomContext) {
    super(model, ctx, "fieldset");
    this.check.type = "checkbox";
    // checked = enabled, as BokehJS's checkable GroupBox
    this.check.addEventListener("change", () => this.ctx.set_attr(this.model.id, "disabled", !this.check.checked));
    this.legend.append(this.check, this.label);
    this.el.appendChild(this.legend);
    this.render();
  }
  protected render(): void {
    this.el.className = "dash-groupbox";
    apply_sizing(this.el, this.model);
    const disabled = this.attr<boolean>("disabled") === true;
    this.el.classList.toggle("disabled", disabled);
    (this.el as HTMLFieldSetElement).disabled = disabled;
    const title = this.attr<string | null>("title");
    this.label.textContent = title ?? "";
    this.check.style.display = this.attr<boolean>("checkable") === true ? "" : "none";
    this.check.checked = !disabled;
    this.legend.style.display = title || this.attr<boolean>("checkable") ? "" : "none";
    const c = this.child(this.attr("child"));
    const kids = c != null ? [this.legend, c.el] : [this.legend];
    if (this.el.childNodes.length !== kids.length || kids.some((k, i) => this.el.childNodes[i] !== k)) this.el.replaceChildren(...kids);
  }
}

export class DialogView extends ContainerView {
  private readonly bar = document.createElement("div");
  private readonly title = document.createElement("span");
  private readonly close = document.createElement("button");
  private readonly body = document.createElement("div");
  constructor(model: ModelSnap, ctx: DomContext) {
    super(model, ctx);
    this.el.className = "dash-dialog";
    this.el.setAttribute("role", "dialog");
    this.bar.className = "dash-dialog-title";
    this.body.className = "dash-dialog-body";
    this.close.type = "button";
    this.close.title = "Close";
    this.close.textContent = "\u00d7";
    this.close.addEventListener("click", () => this.ctx.set_attr(this.model.id, "visible", false));
    this.bar.append(this.title, this.close);
    this.el.append(this.bar, this.body);
    this.drag();
    this.render();
  }
  /** movable (default "both"): drag by the title bar. */
  private drag(): void {
    this.bar.addEventListener("pointerdown", (e) => {
      if (e.target === this.close || this.attr<string>("movable") === "none") return;
      const box = this.el.getBoundingClientRect();
      const dx = e.clientX - box.left, dy = e.clientY - box.top;
      const move = (ev: PointerEvent): void => {
        Object.assign(this.el.style, { transform: "none", left: `${ev.clientX - dx}px`, top: `${ev.clientY - dy}px` });
      };
      const up = (): void => { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up); };
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
    });
  }
  protected render(): void {
    const w = this.attr<number | null>("width"), h = this.attr<number | null>("height");
    this.el.style.width = w != null ? `${w}px` : "";
    this.el.style.height = h != null ? `${h}px` : "";
    this.el.style.display = this.attr<boolean>("visible") === false ? "none" : "";
    this.close.style.display = this.attr<boolean>("closable") === false ? "none" : "";
    this.fill(this.title, this.attr("title"));
    this.fill(this.body, this.attr("content"));
  }
}

/**
 * Tooltip (a UI element): shown next to its target while `visible`; `closable` adds a close button.
 * Placed in the page's top layer (position: fixed) so that no container clips it.
 */
export class TooltipView extends ContainerView {
  private readonly content = document.createElement("div");
  private readonly close = document.createElement("button");
  /** The element the tooltip points at (a HelpButton sets it; else the `target` model's view). */
  anchor: HTMLElement | null = null;
  constructor(model: ModelSnap, ctx: DomContext) {
    super(model, ctx);
    this.el.className = "dash-ui-tooltip";
    this.el.setAttribute("role", "tooltip");
    this.close.type = "button";
    this.close.className = "dash-tooltip-close";
    this.close.textContent = "\u00d7";
    this.close.addEventListener("click", () => this.ctx.set_attr(this.model.id, "visible", false));
    this.el.append(this.close, this.content);
    this.render();
  }
  protected render(): void {
    this.close.style.display = this.attr<boolean>("closable") === true ? "" : "none";
    this.fill(this.content, this.attr("content"));
    const target = this.anchor ?? this.child(this.attr("target"))?.el ?? null;
    const show = this.attr<boolean>("visible") === true && target != null;
    if (!show) { this.el.remove(); return; }
    if (this.el.parentElement !== document.body) document.body.appendChild(this.el);
    this.place(target);
  }
  private place(target: HTMLElement): void {
    const r = target.getBoundingClientRect();
    const at = String(this.attr("attachment") ?? "auto");
    const side = at === "auto" ? (r.right + 330 < window.innerWidth ? "right" : "below") : at;
    const s = this.el.style;
    if (side === "left") { s.left = ""; s.right = `${window.innerWidth - r.left + 6}px`; s.top = `${r.top}px`; }
    else if (side === "above") { s.right = ""; s.left = `${r.left}px`; s.top = `${r.top - this.el.offsetHeight - 6}px`; }
    else if (side === "below") { s.right = ""; s.left = `${r.left}px`; s.top = `${r.bottom + 6}px`; }
    else { s.right = ""; s.left = `${r.right + 6}px`; s.top = `${r.top}px`; }
  }
  override destroy(): void { this.el.remove(); }
}

/**
 * HelpButton: a "?" button showing its Tooltip while hovered; a click pins it (closable), a click
 * elsewhere unpins it, as BokehJS's HelpButtonView. The tooltip's visible/closable are model
 * changes the server sees, as in BokehJS.
 */
export class HelpButtonView extends ContainerView {
  private readonly button = document.createElement("button");
  private pinned = false;
  constructor(model: ModelSnap, ctx: DomContext) {
    super(model, ctx);
    this.el.className = "dash-widget dash-help";
    this.button.type = "button";
    this.button.className = "dash-btn dash-help-btn";
    this.button.textContent = "?";
    this.el.appendChild(this.button);
    this.button.addEventListener("mouseenter", () => this.toggle(true));
    this.button.addEventListener("mouseleave", () => { if (!this.pinned) this.toggle(false); });
    this.button.addEventListener("click", () => { this.pinned = !this.pinned; this.toggle(this.pinned); });
    document.addEventListener("pointerdown", this.outside);
    this.render();
  }
  private readonly outside = (e: PointerEvent): void => {
    const path = e.composedPath();
    const tip = this.tooltip();
    if (path.includes(this.el) || (tip != null && path.includes(tip.el))) return;
    if (this.pinned) { this.pinned = false; this.toggle(false); }
  };
  private tooltip(): TooltipView | null {
    const v = this.child(this.attr("tooltip"));
    return v instanceof TooltipView ? v : null;
  }
  private toggle(visible: boolean): void {
    const tip = this.tooltip();
    if (tip == null || this.attr<boolean>("disabled") === true) return;
    tip.anchor = this.button;
    const id = tip.model.id;
    this.ctx.set_attr(id, "closable", visible && this.pinned);
    this.ctx.set_attr(id, "visible", visible);
  }
  protected render(): void {
    apply_sizing(this.el, this.model, { width: null });
    this.button.disabled = this.attr<boolean>("disabled") === true;
    const tip = this.tooltip();
    if (tip != null) tip.anchor = this.button;
    if (tip != null && tip.model.attrs["visible"] !== true) this.pinned = false;
  }
  override destroy(): void {
    document.removeEventListener("pointerdown", this.outside);
    this.tooltip()?.destroy();
    super.destroy();
  }
}
