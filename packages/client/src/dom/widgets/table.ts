// DataTable with TableColumn: sortable, selectable rows bound to the source's Selection.
import type { ModelSnap } from "../../render/snapshot.ts";
import { attr } from "../../render/snapshot.ts";
import { source_data, data_length } from "../../render/specs.ts";
import { format_numeral } from "../../render/numeral.ts";
import { strftime } from "../../render/strftime.ts";
import { WidgetView } from "./base.ts";

const MAX_ROWS = 5000;

export class DataTableView extends WidgetView {
  declare private wrap: HTMLDivElement;
  declare private sort: { field: string; dir: 1 | -1 } | null;

  protected build(): void {
    this.wrap = document.createElement("div");
    this.wrap.className = "dash-table";
    this.sort = null;
    this.el.appendChild(this.wrap);
    this.el.style.padding = "0";
  }

  private cell(col: ModelSnap, v: unknown): string {
    const f = this.ctx.doc().models[(attr<{ $ref?: string } | null>(col, "formatter"))?.$ref ?? ""];
    if (f?.type === "NumberFormatter" && typeof v === "number") return format_numeral(v, attr<string>(f, "format") ?? "0,0");
    if (f?.type === "DateFormatter" && typeof v === "number") return strftime(v, attr<string>(f, "format") ?? "%Y-%m-%d");
    if (typeof v === "number" && !Number.isInteger(v)) return String(Math.round(v * 1e6) / 1e6);
    return v == null ? "" : String(v);
  }

  protected render(): void {
    const doc = this.ctx.doc();
    const source = doc.models[(this.attr<{ $ref?: string } | null>("source"))?.$ref ?? ""] ?? null;
    const cols = (this.attr<Array<{ $ref: string }>>("columns") ?? []).map((r) => doc.models[r.$ref]).filter((c): c is ModelSnap => c != null);
    const raw = source_data(source);
    const data = raw as Record<string, ArrayLike<unknown>>;
    const n = data_length(raw);
    const selected_model = source != null ? doc.models[(attr<{ $ref?: string } | null>(source, "selected"))?.$ref ?? ""] : undefined;
    const selected = new Set<number>(selected_model != null ? Array.from(attr<ArrayLike<number>>(selected_model, "indices") ?? []) : []);
    let order = Array.from({ length: Math.min(n, MAX_ROWS) }, (_, i) => i);
    const sort = this.sort;
    if (sort != null && data[sort.field] != null) {
      const c = data[sort.field]!;
      order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (c[a]! < c[b]! ? -sort.dir : c[a]! > c[b]! ? sort.dir : 0)).slice(0, MAX_ROWS);
    }
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    const index_pos = this.attr<number | null>("index_position");
    const headers: Array<[string, string | null]> = cols.map((c) => [attr<string | null>(c, "title") ?? attr<string>(c, "field"), attr<string>(c, "field")]);
    if (index_pos != null) headers.splice(index_pos < 0 ? headers.length + 1 + index_pos : index_pos, 0, [this.attr<string>("index_header") ?? "#", null]);
    for (const [title, field] of headers) {
      const th = document.createElement("th");
      th.textContent = title + (sort != null && sort.field === field ? (sort.dir > 0 ? " \u25b2" : " \u25bc") : "");
      if (field != null && this.attr<boolean>("sortable") !== false) th.addEventListener("click", () => {
        this.sort = this.sort?.field === field ? { field, dir: this.sort.dir === 1 ? -1 : 1 } : { field, dir: 1 };
        this.render();
      });
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const i of order) {
      const tr = body.insertRow();
      if (selected.has(i)) tr.className = "selected";
      for (const [, field] of headers) {
        const td = tr.insertCell();
        if (field == null) td.textContent = String(i);
        else td.textContent = this.cell(cols.find((c) => attr<string>(c, "field") === field)!, data[field]?.[i]);
      }
      if (this.attr<boolean>("selectable") !== false && source != null) tr.addEventListener("click", (e) => {
        const next = e.shiftKey || e.ctrlKey || e.metaKey ? new Set(selected) : new Set<number>();
        if (next.has(i)) next.delete(i); else next.add(i);
        this.ctx.set_selection(source.id, [...next].sort((a, b) => a - b));
      });
    }
    this.wrap.replaceChildren(table);
    const h = this.attr<number | null>("height");
    this.wrap.style.maxHeight = h != null ? `${h}px` : "";
  }
}
