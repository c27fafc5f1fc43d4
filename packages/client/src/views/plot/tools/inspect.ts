// HoverTool (DOM tooltip), CrosshairTool (overlay lines), ResetTool, SaveTool.
import { attr, type ModelSnap, type Resolver } from "../../../state/snapshot.ts";
import type { ToolTarget, HitResult } from "../host.ts";
import { source_data } from "../specs.ts";
import { parse_color } from "../../../format/color.ts";
import { hover_formatters, tooltip_rows, type Tooltips } from "../hover_format.ts";
import { in_frame, ICONS, type Pointer, type Tool } from "./tool.ts";

export class HoverTool implements Tool {
  readonly kind = "inspect";
  readonly icon = ICONS["hover"]!;
  readonly label = "Hover";
  private readonly tip: HTMLDivElement;
  constructor(public model: ModelSnap, private readonly t: ToolTarget, private r: Resolver) {
    this.tip = document.createElement("div");
    this.tip.className = "dash-tooltip";
    this.tip.style.display = "none";
    t.canvas_el.appendChild(this.tip);
  }
  update_model(m: ModelSnap, r: Resolver): void { this.model = m; this.r = r; }

  private allowed(h: HitResult): boolean {
    const rs = attr<unknown>(this.model, "renderers");
    if (!Array.isArray(rs)) return true;
    return rs.some((x) => this.r.deref(x)?.id === h.renderer.id);
  }

  hover(p: Pointer): void {
    if (!in_frame(this.t, p)) { this.leave(); return; }
    // mode vline/hline: everything the vertical/horizontal line through the pointer crosses (BokehJS _hit_span)
    const mode = attr<string>(this.model, "mode");
    const found = mode === "vline" ? this.t.hit_span(0, p.sx) : mode === "hline" ? this.t.hit_span(1, p.sy) : this.t.hit(p.sx, p.sy);
    const hits = found.filter((h) => this.allowed(h));
    if (hits.length === 0) { this.leave(); return; }
    this.t.set_inspected(hits);
    const tooltips = attr<Tooltips | null>(this.model, "tooltips");
    // tooltips=None: the hover only inspects (hover_glyph), as BokehJS shows no tooltip
    if (tooltips == null) { this.tip.style.display = "none"; return; }
    const formatters = hover_formatters(attr(this.model, "formatters"), this.r);
    const xs = this.t.x_scale(), ys = this.t.y_scale();
    this.tip.replaceChildren();
    let anchor: [number, number] = [p.sx, p.sy];
    let count = 0;
    for (const h of hits) {
      const data = source_data(h.source) as Record<string, ArrayLike<unknown>>;
      for (const i of h.indices.slice(-3)) {
        if (count++ >= 5) break;
        const snap = attr<string>(this.model, "point_policy") === "snap_to_data" ? h.anchor(i) : null;
        const fr = this.t.frame();
        if (snap != null && snap[0] >= fr.x && snap[0] <= fr.x + fr.w && snap[1] >= fr.y && snap[1] <= fr.y + fr.h) anchor = snap;
        const vars = { index: i, x: xs.invert(p.sx), y: ys.invert(p.sy), sx: p.sx, sy: p.sy, name: attr<string | null>(h.renderer, "name"), data };
        const rows = tooltip_rows(tooltips, vars, formatters);
        const box = document.createElement("div");
        box.className = "dash-tooltip-item";
        if (typeof rows === "string") box.innerHTML = rows;
        else {
          const table = document.createElement("table");
          for (const [label, value] of rows) {
            const tr = table.insertRow();
            const a = tr.insertCell(), b = tr.insertCell();
            a.className = "dash-tooltip-label"; a.textContent = `${label}:`;
            b.className = "dash-tooltip-value";
            const color = /^#[0-9a-f]{6}$/i.test(value) || parse_color(value) != null && /^(#|rgb)/.test(value);
            if (color) { const sw = document.createElement("span"); sw.className = "dash-swatch"; sw.style.background = value; b.appendChild(sw); }
            b.appendChild(document.createTextNode(value));
          }
          box.appendChild(table);
        }
        this.tip.appendChild(box);
      }
    }
    this.tip.style.display = "block";
    const f = this.t.frame();
    const right = anchor[0] < f.x + f.w / 2;
    this.tip.style.left = right ? `${anchor[0] + 12}px` : "";
    this.tip.style.right = right ? "" : `${this.t.canvas_el.clientWidth - anchor[0] + 12}px`;
    this.tip.style.top = `${Math.max(0, anchor[1] - 10)}px`;
  }
  leave(): void { this.tip.style.display = "none"; this.t.set_inspected([]); }
  deactivate(): void { this.leave(); }
}

export class CrosshairTool implements Tool {
  readonly kind = "inspect";
  readonly icon = ICONS["crosshair"]!;
  readonly label = "Crosshair";
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  hover(p: Pointer): void {
    const f = this.t.frame(), g = this.t.overlay;
    g.clear();
    if (in_frame(this.t, p)) {
      const d = attr<string>(this.model, "dimensions") ?? "both";
      const c = parse_color(attr(this.model, "line_color")) ?? { rgb: 0, alpha: 1 };
      const x = Math.round(p.sx) + 0.5, y = Math.round(p.sy) + 0.5;
      if (d !== "width") g.moveTo(x, f.y).lineTo(x, f.y + f.h);
      if (d !== "height") g.moveTo(f.x, y).lineTo(f.x + f.w, y);
      g.stroke({ color: c.rgb, alpha: c.alpha * (attr<number>(this.model, "line_alpha") ?? 1), width: attr<number>(this.model, "line_width") ?? 1 });
    }
    this.t.request_render();
  }
  leave(): void { this.t.overlay.clear(); this.t.request_render(); }
  deactivate(): void { this.leave(); }
}

export class ResetTool implements Tool {
  readonly kind = "action";
  readonly icon = ICONS["reset"]!;
  readonly label = "Reset";
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  run(): void { this.t.reset(); }
}

export class SaveTool implements Tool {
  readonly kind = "action";
  readonly icon = ICONS["save"]!;
  readonly label = "Save";
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  run(): void {
    void this.t.to_png().then((blob) => {
      if (blob == null) return;
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `${attr<string | null>(this.model, "filename") ?? "bokeh_plot"}.png`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    });
  }
}
