// gridplot: plots on a grid under one toolbar (GridPlot.toolbar, placed at toolbar_location).
// As Bokeh's ToolProxy, one button stands for the same-type tools of every plot.
import { attr, type ModelSnap } from "../../state/snapshot.ts";
import { tool_icon } from "./toolbar.ts";
import { PlotView, type PanelAligner } from "./plot_view.ts";
import type { Panels } from "./layout.ts";
import { apply_sizing, type DomContext } from "../view.ts";
import { LayoutView, fill_grid } from "../layout_base.ts";

interface Group { readonly type: string; readonly ids: string[]; readonly button: HTMLButtonElement }

export class GridPlotView extends LayoutView {
  private readonly bar = document.createElement("div");
  private readonly grid = document.createElement("div");
  private plots: PlotView[] = [];
  private groups: Group[] = [];

  constructor(model: ModelSnap, ctx: DomContext) {
    super(model, ctx);
    this.bar.className = "dash-toolbar dash-grid-toolbar";
    this.render();
  }

  protected render(): void {
    const loc = attr<string | null>(this.model, "toolbar_location");
    const side = loc === "left" || loc === "right";
    this.el.className = side ? "dash-row" : "dash-column";
    apply_sizing(this.el, this.model);
    // as wide as the grid (the toolbar ends where the plots do), unless the model sizes it
    if (this.el.style.width === "") this.el.style.width = "max-content";
    this.grid.style.justifyContent = "start";
    const views = fill_grid(this.grid, this.model, (ref) => this.child(ref));
    this.plots = views.map((v) => (v as { plot?: unknown }).plot).filter((p): p is PlotView => p instanceof PlotView);
    this.align_frames();
    this.build_bar(side);
    const parts = loc == null ? [this.grid] : loc === "above" || loc === "left" ? [this.bar, this.grid] : [this.grid, this.bar];
    this.el.replaceChildren(...parts);
  }

  /** As BokehJS's GridPlot: plots in one column get the widest left/right panel of it, plots in one row the tallest above/below. */
  private align_frames(): void {
    const cells = new Map<PlotView, { row: number; col: number }>();
    for (const entry of attr<unknown[]>(this.model, "children") ?? []) {
      if (!Array.isArray(entry)) continue;
      const [ref, row, col, rs, cs] = entry as [{ $ref?: string } | null, number, number, number?, number?];
      if ((rs ?? 1) !== 1 || (cs ?? 1) !== 1 || ref?.$ref == null) continue;
      const p = this.plots.find((v) => v.plot.id === ref.$ref);
      if (p != null) cells.set(p, { row, col });
    }
    const max_of = (pick: (c: { row: number; col: number }) => number, at: number, side: keyof Panels): number => {
      let m = 0;
      for (const [p, c] of cells) if (pick(c) === at) m = Math.max(m, p.panels()?.[side] ?? 0);
      return m;
    };
    const current = new Map<PlotView, string>();
    const aligner: PanelAligner = {
      align: (plot) => {
        const c = cells.get(plot);
        if (c == null) return null;
        const a: Panels = {
          left: max_of((x) => x.col, c.col, "left"), right: max_of((x) => x.col, c.col, "right"),
          above: max_of((x) => x.row, c.row, "above"), below: max_of((x) => x.row, c.row, "below"),
        };
        current.set(plot, JSON.stringify(a));
        return a;
      },
      changed: () => {
        // lay out again every plot whose alignment is no longer what it last used
        for (const p of cells.keys()) if (current.get(p) !== JSON.stringify(aligner.align(p))) p.realign();
      },
    };
    for (const p of cells.keys()) p.aligner = aligner;
  }

  private build_bar(vertical: boolean): void {
    this.bar.classList.toggle("vertical", vertical);
    // BokehJS: a vertical grid toolbar starts at the top, a horizontal one is right-aligned
    Object.assign(this.bar.style, { position: "static", justifyContent: vertical ? "flex-start" : "flex-end", alignSelf: vertical ? "stretch" : "" });
    const tb = this.ctx.doc().models[(attr<{ $ref?: string } | null>(this.model, "toolbar"))?.$ref ?? ""];
    const by_type = new Map<string, string[]>();
    for (const ref of (tb != null ? attr<Array<{ $ref?: string }>>(tb, "tools") : null) ?? []) {
      const m = ref.$ref != null ? this.ctx.doc().models[ref.$ref] : undefined;
      if (m == null || tool_icon(m.type) == null) continue;
      by_type.set(m.type, [...(by_type.get(m.type) ?? []), m.id]);
    }
    this.groups = [...by_type].map(([type, ids]) => {
      const button = document.createElement("button");
      button.className = "dash-tool";
      button.title = type.replace(/Tool$/, "").replace(/([a-z])([A-Z])/g, "$1 $2");
      button.innerHTML = `<svg viewBox="0 0 24 24" width="18" height="18" fill="currentColor">${tool_icon(type)!}</svg>`;
      button.addEventListener("click", () => this.click(type, ids));
      return { type, ids, button };
    });
    this.bar.replaceChildren(...this.groups.map((g) => g.button));
    this.refresh();
  }

  private click(type: string, ids: readonly string[]): void {
    if (type === "SaveTool") return void this.save(ids[0]!);
    const active = this.active(ids);
    for (const p of this.plots) {
      for (const id of ids) {
        // actions (reset) run on every plot; modes are switched to one common state
        if (type === "ResetTool" || p.toolbar.is_active(id) === active) p.toolbar.toggle_model(id);
      }
    }
    this.refresh();
  }

  private active(ids: readonly string[]): boolean {
    return this.plots.some((p) => ids.some((id) => p.toolbar.is_active(id)));
  }

  private refresh(): void {
    for (const g of this.groups) g.button.classList.toggle("active", this.active(g.ids));
  }

  /** One PNG of the whole grid, each plot where it is on the page. */
  private async save(save_id: string): Promise<void> {
    const box = this.grid.getBoundingClientRect();
    const res = window.devicePixelRatio || 1;
    const out = document.createElement("canvas");
    out.width = Math.ceil(box.width * res);
    out.height = Math.ceil(box.height * res);
    const ctx = out.getContext("2d")!;
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, out.width, out.height);
    for (const p of this.plots) {
      const blob = await p.to_png();
      if (blob == null) continue;
      const img = await createImageBitmap(blob);
      const r = p.canvas_el.getBoundingClientRect();
      ctx.drawImage(img, (r.x - box.x) * res, (r.y - box.y) * res, r.width * res, r.height * res);
    }
    const model = this.ctx.doc().models[save_id];
    const a = document.createElement("a");
    a.download = `${(model != null ? attr<string | null>(model, "filename") : null) ?? "bokeh_plot"}.png`;
    a.href = out.toDataURL("image/png");
    a.click();
  }
}
