// DataTable with TableColumn: sortable, selectable rows bound to the source's Selection.
import type { ModelSnap } from "../../state/snapshot.ts";
import { attr } from "../../state/snapshot.ts";
import { source_data, data_length } from "../../state/snapshot.ts";
import { format_numeral } from "../../format/numeral.ts";
import { strftime } from "../../format/strftime.ts";
import { WidgetView } from "./base.ts";

const MAX_ROWS = 5000;

export class DataTableView extends WidgetView {
  declare private wrap: HTMLDivElement;
  declare private sort: { field: string; dir: 1 | -1 } | null;
  /** A cell editor is open: renders wait until it closes (they would replace the input). */
  declare private editing: boolean;

  protected build(): void {
    this.wrap = document.createElement("div");
    this.wrap.className = "dash-table";
    this.sort = null;
    this.editing = false;
    this.el.appendChild(this.wrap);
    this.el.style.padding = "0";
    // A double-click opens the cell editor. Detected by hand on the persistent wrapper: the
    // first click selects the row, which re-renders the rows, so the browser's own dblclick
    // (which needs both clicks on one node) does not fire.
    let last: { key: string; t: number } | null = null;
    this.wrap.addEventListener("click", (e) => {
      const td = (e.target as HTMLElement | null)?.closest<HTMLTableCellElement>("td[data-field]");
      if (td == null || this.editing) return;
      const key = `${td.dataset["row"]}\u0000${td.dataset["field"]}`;
      const now = performance.now();
      const second = last !== null && last.key === key && now - last.t < 500;
      last = second ? null : { key, t: now };
      if (!second) return;
      const doc = this.ctx.doc();
      const source = doc.models[(this.attr<{ $ref?: string } | null>("source"))?.$ref ?? ""];
      const field = td.dataset["field"]!;
      const col = (this.attr<Array<{ $ref: string }>>("columns") ?? []).map((r) => doc.models[r.$ref]).find((c) => c != null && attr<string>(c, "field") === field);
      // the row's own click handler may have re-rendered the rows already: edit the live cell
      const live = [...this.wrap.querySelectorAll<HTMLTableCellElement>("td[data-field]")]
        .find((c) => c.dataset["row"] === td.dataset["row"] && c.dataset["field"] === field);
      if (source != null && col != null && live != null) this.edit(live, source, col, field, Number(td.dataset["row"]));
    });
  }

  private cell(col: ModelSnap, v: unknown): string {
    const f = this.ctx.doc().models[(attr<{ $ref?: string } | null>(col, "formatter"))?.$ref ?? ""];
    if (f?.type === "NumberFormatter" && typeof v === "number") return format_numeral(v, attr<string>(f, "format") ?? "0,0");
    if (f?.type === "DateFormatter" && typeof v === "number") return strftime(v, attr<string>(f, "format") ?? "%Y-%m-%d");
    if (typeof v === "number" && !Number.isInteger(v)) return String(Math.round(v * 1e6) / 1e6);
    return v == null ? "" : String(v);
  }

  /**
   * Edit one cell in place (DataTable.editable, BokehJS's SlickGrid editors): Enter or leaving
   * the input commits, Escape cancels. The new value replaces that cell of the source's
   * column, which the document sends to the server.
   */
  private edit(td: HTMLTableCellElement, source: ModelSnap, col: ModelSnap, field: string, row: number): void {
    const editor = this.ctx.doc().models[(attr<{ $ref?: string } | null>(col, "editor"))?.$ref ?? ""];
    const numeric = editor?.type === "NumberEditor" || editor?.type === "IntEditor";
    const current = (source_data(source) as Record<string, ArrayLike<unknown>>)[field]?.[row];
    const input = document.createElement("input");
    input.type = numeric ? "number" : "text";
    if (editor?.type === "NumberEditor") input.step = String(attr<number>(editor, "step") ?? 0.01);
    input.value = current == null ? "" : String(current);
    input.className = "dash-cell-editor";
    td.replaceChildren(input);
    this.editing = true;
    input.focus();
    input.select();
    let done = false;
    const finish = (commit: boolean): void => {
      if (done) return;
      done = true;
      this.editing = false;
      if (!commit) { this.render(); return; }
      const raw = input.value;
      const value: unknown = numeric ? (editor?.type === "IntEditor" ? Math.round(Number(raw)) : Number(raw)) : raw;
      if (numeric && (raw.trim() === "" || !Number.isFinite(value as number))) { this.render(); return; }
      const latest = this.ctx.doc().models[source.id] ?? source;
      const data = source_data(latest) as Record<string, ArrayLike<unknown>>;
      const old = data[field];
      if (old == null || row >= old.length) { this.render(); return; }
      const next: unknown[] | Float64Array | Float32Array | Int32Array = ArrayBuffer.isView(old)
        ? (old as unknown as Float64Array).slice()
        : Array.from(old);
      (next as unknown[])[row] = value;
      this.render();
      this.ctx.set_attr(source.id, "data", { ...data, [field]: next });
    };
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") finish(true);
      else if (e.key === "Escape") finish(false);
    });
    input.addEventListener("blur", () => finish(true));
    input.addEventListener("click", (e) => e.stopPropagation());
  }

  protected render(): void {
    if (this.editing) return;
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
      if (field == null) th.className = "dash-index";
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
        if (field == null) { td.textContent = String(i); td.className = "dash-index"; }
        else {
          const col = cols.find((c) => attr<string>(c, "field") === field)!;
          td.textContent = this.cell(col, data[field]?.[i]);
          if (this.attr<boolean>("editable") === true && source != null) { td.dataset["row"] = String(i); td.dataset["field"] = field; }
        }
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

/** The models DataTableView reads besides the table: its columns, the cell formatters of `cell` and the editors of `edit`. */
export function table_part_types(): string[] {
  return ["TableColumn", "StringFormatter", "NumberFormatter", "DateFormatter", "StringEditor", "NumberEditor", "IntEditor"];
}
