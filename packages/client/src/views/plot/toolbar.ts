// DOM toolbar placed as Bokeh places it (right by default), plus pointer dispatch to tools.
import { attr, type ModelSnap, type Resolver } from "../../state/snapshot.ts";
import type { ToolTarget } from "./host.ts";
import type { Rect } from "./layout.ts";
import type { Pointer, Tool, ToolKind } from "./tools/tool.ts";
import { button_place, create_tool, tool_icon, tool_types } from "./tools/registry.ts";
import { RangeHistory } from "./tools/actions.ts";
import { Gestures, type Gesture } from "./tools/gestures.ts";
import { BOKEH_LOGO_SMALL, BOKEH_VERSION } from "./tools/bokeh_icons.ts";
import { ensure_css } from "../css.ts";

export { tool_icon, tool_types };

/** Range changes the undo history records once they are drawn (pan end, wheel pause, zoom buttons). */
const WHEEL_SETTLE_MS = 300;

export class Toolbar {
  readonly el: HTMLDivElement;
  private tools: Tool[] = [];
  private buttons = new Map<Tool, HTMLButtonElement>();
  private active: Partial<Record<ToolKind, Tool | null>> = {};
  private inspectors = new Set<Tool>();
  private toolbar_model: ModelSnap | null = null;
  private readonly gestures = new Gestures((g) => this.gesture(g));
  /** The tool that took the current drag (an annotation's interaction, e.g. RangeTool's box). */
  private grabbed: Tool | null = null;
  /** Where the pointer is over the plot (keys go to the tools only then, as in BokehJS). */
  private hover: Pointer | null = null;
  private readonly history = new RangeHistory();
  private history_pending = false;
  private wheel_timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners: Array<[EventTarget, string, EventListener]> = [];

  constructor(private readonly target: ToolTarget, private r: Resolver) {
    ensure_css();
    this.el = document.createElement("div");
    this.el.className = "dash-toolbar";
    this.build();
    this.attach();
    this.history.on_change(() => this.history_changed());
  }

  set_resolver(r: Resolver): void {
    this.r = r;
    const tb = r.ref(this.target.plot, "toolbar");
    if (tb !== this.toolbar_model) this.build();
    else for (const t of this.tools) { const m = r.get(t.model.id); if (m != null) t.update_model?.(m, r); }
  }

  private build(): void {
    for (const t of this.tools) t.deactivate?.();
    this.tools = [];
    this.buttons.clear();
    this.inspectors.clear();
    this.active = {};
    this.el.replaceChildren();
    const tb = this.r.ref(this.target.plot, "toolbar");
    this.toolbar_model = tb;
    if (tb == null) return;
    for (const m of this.r.refs(tb, "tools")) {
      const t = create_tool(m, this.target, this.r, this.history);
      if (t == null) continue;
      this.tools.push(t);
      const b = document.createElement("button");
      b.className = "dash-tool";
      b.title = attr<string | null>(m, "description") ?? t.label;
      b.innerHTML = t.icon;
      b.addEventListener("click", () => this.toggle(t));
      this.buttons.set(t, b);
    }
    // buttons in BokehJS's groups and order (a stable sort keeps the model's order within a rank)
    const placed = [...this.buttons].map(([t, b]) => ({ b, ...button_place(t) })).sort((x, y) => x.group - y.group || x.order - y.order);
    placed.forEach((x, k) => {
      if (k > 0 && placed[k - 1]!.group !== x.group) { const d = document.createElement("div"); d.className = "dash-divider"; this.el.appendChild(d); }
      this.el.appendChild(x.b);
    });
    const pick = (kind: ToolKind, name: string) => {
      const v = attr<unknown>(tb, name);
      const tools = this.tools.filter((t) => t.kind === kind);
      if (v === "auto") return kind === "scroll" ? null : tools[0] ?? null;
      const id = (v as { $ref?: string } | null)?.$ref;
      return tools.find((t) => t.model.id === id) ?? null;
    };
    // a multi-gesture tool (the edit tools) is active only when named: BokehJS's "auto" picks none
    const multi = pick("multi", "active_multi");
    this.active = { drag: pick("drag", "active_drag"), scroll: pick("scroll", "active_scroll"), tap: pick("tap", "active_tap"), multi: attr(tb, "active_multi") === "auto" ? null : multi };
    if (this.active.multi != null) { this.active.drag = null; this.active.tap = null; this.active.multi.activate?.(); }
    const insp = attr<unknown>(tb, "active_inspect");
    for (const t of this.tools) {
      if (t.kind !== "inspect") continue;
      // RangeTool is an on/off toggle that is on by default (its `active`)
      const on = t.model.type === "RangeTool" ? attr<boolean>(t.model, "active") !== false : insp === "auto" || (Array.isArray(insp) && insp.some((x) => (x as { $ref?: string }).$ref === t.model.id));
      if (on) this.inspectors.add(t);
    }
    this.refresh_buttons();
    const logo = attr<string | null>(tb, "logo");
    if (logo != null) {
      // BokehJS: a link to bokeh.org with its small logo, greyed for logo "grey"
      const a = document.createElement("a");
      a.className = logo === "grey" ? "dash-logo dash-logo-grey" : "dash-logo";
      a.href = "https://bokeh.org/";
      a.target = "_blank";
      a.rel = "noopener";
      a.title = `Bokeh ${BOKEH_VERSION}`;
      a.style.backgroundImage = `url(${BOKEH_LOGO_SMALL})`;
      this.el.prepend(a);
    }
  }

  /** The grid toolbar drives plots' toolbars by tool model: toggle (or run) the tool with this model id; false if absent. */
  toggle_model(id: string): boolean {
    const t = this.tools.find((x) => x.model.id === id);
    if (t == null) return false;
    this.toggle(t);
    return true;
  }

  /** Whether the tool with this model id is active (inspectors: on; actions: never). */
  is_active(id: string): boolean {
    const t = this.tools.find((x) => x.model.id === id);
    if (t == null) return false;
    return t.kind === "inspect" ? this.inspectors.has(t) : this.active[t.kind] === t;
  }

  private toggle(t: Tool): void {
    if (t.kind === "action") {
      if (t.disabled?.() === true) return;
      t.run?.();
      if (t.model.type === "ResetTool") this.history.clear();
      else if (t.model.type === "ZoomInTool" || t.model.type === "ZoomOutTool") this.record_ranges();
      return;
    }
    if (t.kind === "inspect") {
      if (this.inspectors.has(t)) { this.inspectors.delete(t); t.deactivate?.(); } else this.inspectors.add(t);
    } else {
      const was = this.active[t.kind];
      const on = was !== t;
      if (was != null) was.deactivate?.();
      this.active[t.kind] = on ? t : null;
      // BokehJS: a multi-gesture tool takes the pan and tap gestures from the drag and tap tools, and back
      if (on && t.kind === "multi") {
        for (const k of ["drag", "tap"] as const) { this.active[k]?.deactivate?.(); this.active[k] = null; }
      }
      if (on && (t.kind === "drag" || t.kind === "tap") && this.active.multi != null) { this.active.multi.deactivate?.(); this.active.multi = null; }
      if (on) t.activate?.();
    }
    this.refresh_buttons();
  }

  private refresh_buttons(): void {
    for (const [t, b] of this.buttons) {
      const on = t.kind === "inspect" ? this.inspectors.has(t) : this.active[t.kind] === t;
      b.classList.toggle("active", on);
      const off = t.disabled?.() === true;
      b.classList.toggle("disabled", off);
      b.setAttribute("aria-disabled", String(off));
    }
  }

  /**
   * UndoTool/RedoTool follow the history. BokehJS also writes their `disabled` to the document;
   * @dash/protocol's Tool has no `disabled` yet, so Dash keeps it to the page's buttons.
   */
  private history_changed(): void { this.refresh_buttons(); }

  /** Record the ranges in the undo history once the change is drawn. */
  private record_ranges(): void {
    this.history_pending = true;
    this.target.request_render();
    requestAnimationFrame(() => requestAnimationFrame(() => this.flush_history()));
  }
  private flush_history(): void {
    if (!this.history_pending) return;
    this.history_pending = false;
    this.history.push(this.target.range_values());
  }

  /** After each layout: persistent tool drawings (RangeTool's box), and the history's first state. */
  render_tools(): void {
    this.history.capture_initial(this.target.range_values());
    this.flush_history();
    this.target.tool_layer.clear();
    for (const t of this.tools) t.render?.();
  }

  place(rect: Rect | null, location: string | null): void {
    this.el.style.display = rect == null ? "none" : "flex";
    if (rect == null) return;
    const vertical = location === "left" || location === "right";
    this.el.classList.toggle("vertical", vertical);
    // BokehJS: a horizontal toolbar is right-aligned, a vertical one starts at the top
    this.el.style.justifyContent = vertical ? "flex-start" : "flex-end";
    Object.assign(this.el.style, { left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.w}px`, height: `${rect.h}px` });
  }

  private attach(): void {
    const el = this.target.canvas_el;
    const ptr = (e: MouseEvent): Pointer => {
      const b = el.getBoundingClientRect();
      return { sx: e.clientX - b.left, sy: e.clientY - b.top, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey };
    };
    const on = <K extends keyof HTMLElementEventMap>(target: EventTarget, type: K, fn: (e: HTMLElementEventMap[K]) => void, opts?: AddEventListenerOptions) => {
      target.addEventListener(type, fn as EventListener, opts);
      this.listeners.push([target, type, fn as EventListener]);
    };
    on(el, "pointerdown", (e) => {
      if (e.button !== 0) return;
      el.setPointerCapture(e.pointerId);
      this.gestures.pointer_down(ptr(e));
    });
    on(el, "pointermove", (e) => {
      const p = ptr(e);
      this.hover = p;
      this.gestures.pointer_move(p);
      for (const t of this.inspectors) t.hover?.(p);
    });
    on(el, "pointerup", (e) => this.gestures.pointer_up(ptr(e)));
    on(el, "pointerleave", () => { this.hover = null; for (const t of this.inspectors) t.leave?.(); });
    on(el, "wheel", (e) => {
      const t = this.active.scroll;
      if (t?.wheel == null) return;
      e.preventDefault();
      const delta = e.deltaMode === 1 ? e.deltaY * 40 : e.deltaY;
      t.wheel(ptr(e), delta);
      if (this.wheel_timer != null) clearTimeout(this.wheel_timer);
      this.wheel_timer = setTimeout(() => { this.wheel_timer = null; this.record_ranges(); }, WHEEL_SETTLE_MS);
    }, { passive: false });
    on(document, "keyup", (e) => {
      const p = this.hover;
      if (p == null) return;
      for (const t of [this.active.multi, this.active.tap]) t?.key?.(e.key, { ...p, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey });
    });
  }

  /** Gestures go where BokehJS sends them: an annotation's drag first, then the multi tool, then the drag/tap tools. */
  private gesture(g: Gesture): void {
    const multi = this.active.multi ?? null;
    switch (g.type) {
      case "pan_start": {
        this.grabbed = [...this.inspectors].find((t) => t.grab?.(g.p) === true) ?? null;
        if (this.grabbed == null) (multi ?? this.active.drag)?.down?.(g.p);
        break;
      }
      case "pan": (this.grabbed ?? multi ?? this.active.drag)?.move?.(g.p); break;
      case "pan_end": {
        const t = this.grabbed ?? multi ?? this.active.drag;
        t?.up?.(g.p);
        if (this.grabbed == null && multi == null) this.record_ranges();
        this.grabbed = null;
        break;
      }
      case "tap":
        if (!this.target.legend_click(g.p.sx, g.p.sy)) (multi ?? this.active.tap)?.tap?.(g.p);
        break;
      case "press": (multi ?? this.active.tap)?.press?.(g.p); break;
      case "move": for (const t of [multi, this.active.tap]) t?.move_free?.(g.p); break;
    }
  }

  destroy(): void {
    for (const [target, type, fn] of this.listeners) target.removeEventListener(type, fn);
    this.gestures.destroy();
    if (this.wheel_timer != null) clearTimeout(this.wheel_timer);
    for (const t of this.tools) t.deactivate?.();
    this.el.remove();
  }
}
