// DOM toolbar placed as Bokeh places it (right by default), plus pointer dispatch to tools.
import { attr, type ModelSnap, type Resolver } from "../../state/snapshot.ts";
import type { ToolTarget } from "./host.ts";
import type { Rect } from "./layout.ts";
import { ICONS, type Pointer, type Tool, type ToolKind } from "./tools/tool.ts";
import { PanTool, WheelZoomTool, BoxZoomTool, ZoomButtonTool } from "./tools/navigate.ts";
import { TapTool, BoxSelectTool, LassoSelectTool } from "./tools/select.ts";
import { HoverTool, CrosshairTool, ResetTool, SaveTool } from "./tools/inspect.ts";
import { ensure_css } from "../css.ts";

const TOOLS: ReadonlyMap<string, (m: ModelSnap, t: ToolTarget, r: Resolver) => Tool> = new Map<string, (m: ModelSnap, t: ToolTarget, r: Resolver) => Tool>([
  ["PanTool", (m, t) => new PanTool(m, t)],
  ["WheelZoomTool", (m, t) => new WheelZoomTool(m, t)],
  ["BoxZoomTool", (m, t) => new BoxZoomTool(m, t)],
  ["ZoomInTool", (m, t) => new ZoomButtonTool(m, t, 0.8)],
  ["ZoomOutTool", (m, t) => new ZoomButtonTool(m, t, 1.25)],
  ["TapTool", (m, t) => new TapTool(m, t)],
  ["BoxSelectTool", (m, t) => new BoxSelectTool(m, t)],
  ["LassoSelectTool", (m, t) => new LassoSelectTool(m, t)],
  ["PolySelectTool", (m, t) => new LassoSelectTool(m, t)],
  ["HoverTool", (m, t, r) => new HoverTool(m, t, r)],
  ["CrosshairTool", (m, t) => new CrosshairTool(m, t)],
  ["ResetTool", (m, t) => new ResetTool(m, t)],
  ["SaveTool", (m, t) => new SaveTool(m, t)],
]);

function create_tool(m: ModelSnap, t: ToolTarget, r: Resolver): Tool | null {
  return TOOLS.get(m.type)?.(m, t, r) ?? null;
}

/** The tool types Dash's toolbar runs, and the overlay models their defaults hold (the tools draw those themselves). */
export function tool_types(): string[] {
  return [...TOOLS.keys(), "PolyAnnotation"];
}

const ICON_OF: Readonly<Record<string, string>> = {
  PanTool: "pan", WheelZoomTool: "wheel_zoom", BoxZoomTool: "box_zoom", ZoomInTool: "zoom_in", ZoomOutTool: "zoom_out", TapTool: "tap",
  BoxSelectTool: "box_select", LassoSelectTool: "lasso_select", PolySelectTool: "lasso_select", HoverTool: "hover", CrosshairTool: "crosshair",
  ResetTool: "reset", SaveTool: "save",
};

/** The toolbar icon (inline SVG) of a tool model type, or null for tools Dash does not draw. */
export function tool_icon(type: string): string | null {
  const k = ICON_OF[type];
  return k == null ? null : ICONS[k] ?? null;
}

export class Toolbar {
  readonly el: HTMLDivElement;
  private tools: Tool[] = [];
  private buttons = new Map<Tool, HTMLButtonElement>();
  private active: Partial<Record<ToolKind, Tool | null>> = {};
  private inspectors = new Set<Tool>();
  private toolbar_model: ModelSnap | null = null;
  private down: Pointer | null = null;
  private moved = false;
  private readonly listeners: Array<[string, EventListener]> = [];

  constructor(private readonly target: ToolTarget, private r: Resolver) {
    ensure_css();
    this.el = document.createElement("div");
    this.el.className = "dash-toolbar";
    this.build();
    this.attach();
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
      const t = create_tool(m, this.target, this.r);
      if (t == null) continue;
      this.tools.push(t);
      const b = document.createElement("button");
      b.className = "dash-tool";
      b.title = attr<string | null>(m, "description") ?? t.label;
      b.innerHTML = `<svg viewBox="0 0 24 24" width="18" height="18" fill="currentColor">${t.icon}</svg>`;
      b.addEventListener("click", () => this.toggle(t));
      this.buttons.set(t, b);
      this.el.appendChild(b);
    }
    const pick = (kind: ToolKind, name: string) => {
      const v = attr<unknown>(tb, name);
      const tools = this.tools.filter((t) => t.kind === kind);
      if (v === "auto") return kind === "scroll" ? null : tools[0] ?? null;
      const id = (v as { $ref?: string } | null)?.$ref;
      return tools.find((t) => t.model.id === id) ?? null;
    };
    this.active = { drag: pick("drag", "active_drag"), scroll: pick("scroll", "active_scroll"), tap: pick("tap", "active_tap") };
    const insp = attr<unknown>(tb, "active_inspect");
    for (const t of this.tools) if (t.kind === "inspect" && (insp === "auto" || (Array.isArray(insp) && insp.some((x) => (x as { $ref?: string }).$ref === t.model.id)))) this.inspectors.add(t);
    this.refresh_buttons();
    if (attr<string | null>(tb, "logo") != null) {
      const logo = document.createElement("span");
      logo.className = "dash-logo";
      this.el.prepend(logo);
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
    if (t.kind === "action") { t.run?.(); return; }
    if (t.kind === "inspect") {
      if (this.inspectors.has(t)) { this.inspectors.delete(t); t.deactivate?.(); } else this.inspectors.add(t);
    } else {
      this.active[t.kind] = this.active[t.kind] === t ? null : t;
    }
    this.refresh_buttons();
  }

  private refresh_buttons(): void {
    for (const [t, b] of this.buttons) {
      const on = t.kind === "inspect" ? this.inspectors.has(t) : this.active[t.kind] === t;
      b.classList.toggle("active", on);
    }
  }

  place(rect: Rect | null, location: string | null): void {
    this.el.style.display = rect == null ? "none" : "flex";
    if (rect == null) return;
    this.el.classList.toggle("vertical", location === "left" || location === "right");
    Object.assign(this.el.style, { left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.w}px`, height: `${rect.h}px` });
  }

  private attach(): void {
    const el = this.target.canvas_el;
    const ptr = (e: MouseEvent): Pointer => {
      const b = el.getBoundingClientRect();
      return { sx: e.clientX - b.left, sy: e.clientY - b.top, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey };
    };
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void, opts?: AddEventListenerOptions) => {
      el.addEventListener(type, fn as EventListener, opts);
      this.listeners.push([type, fn as EventListener]);
    };
    on("pointerdown", (e) => {
      if (e.button !== 0) return;
      el.setPointerCapture(e.pointerId);
      this.down = ptr(e); this.moved = false;
      this.active.drag?.down?.(this.down);
    });
    on("pointermove", (e) => {
      const p = ptr(e);
      if (this.down != null) {
        if (Math.abs(p.sx - this.down.sx) + Math.abs(p.sy - this.down.sy) > 3) this.moved = true;
        if (this.moved) this.active.drag?.move?.(p);
      }
      for (const t of this.inspectors) t.hover?.(p);
    });
    on("pointerup", (e) => {
      const p = ptr(e);
      if (this.down == null) return;
      if (this.moved) this.active.drag?.up?.(p);
      else {
        this.active.drag?.up?.(p);
        if (!this.target.legend_click(p.sx, p.sy)) this.active.tap?.tap?.(p);
      }
      this.down = null;
    });
    on("pointerleave", () => { for (const t of this.inspectors) t.leave?.(); });
    on("wheel", (e) => {
      const t = this.active.scroll;
      if (t?.wheel == null) return;
      e.preventDefault();
      const delta = e.deltaMode === 1 ? e.deltaY * 40 : e.deltaY;
      t.wheel(ptr(e), delta);
    }, { passive: false });
  }

  destroy(): void {
    for (const [type, fn] of this.listeners) this.target.canvas_el.removeEventListener(type, fn);
    for (const t of this.tools) t.deactivate?.();
    this.el.remove();
  }
}
