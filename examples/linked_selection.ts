/**
 * Linked selection: two scatter plots share one ColumnDataSource, so a box or lasso
 * selection in either highlights the same rows in both. The server watches the selection
 * and recomputes a histogram of the selected rows' `y` values, plus a summary line.
 *
 *   npx dash serve examples/linked_selection.ts --show
 *
 * Bokeh equivalent: examples/interaction/linking/linked_brushing.py with a server-side
 * `source.selected.on_change("indices", ...)` callback (as in examples/server/app/selection_histogram.py).
 */
import { ColumnDataSource, Div, column, figure, row, type Document } from "@dash/server";

export const N = 300;
const BINS = 20;
export const LO = -3, HI = 3;

/** Deterministic normal-ish samples (so the page looks the same on every load). */
export function samples(seed: number, n: number): Float64Array {
  let s = seed >>> 0;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (rnd() + rnd() + rnd() + rnd() - 2) * 1.5;
  return out;
}

function histogram(values: ArrayLike<number>, indices: readonly number[]): Float64Array {
  const counts = new Float64Array(BINS);
  for (const i of indices) {
    const b = Math.floor(((values[i]! - LO) / (HI - LO)) * BINS);
    if (b >= 0 && b < BINS) counts[b]!++;
  }
  return counts;
}

export default function app(doc: Document): void {
  const x = samples(1, N), y = samples(2, N);
  const z = x.map((v, i) => v - y[i]!);
  const source = new ColumnDataSource({ name: "points", data: { x, y, z } });

  const tools = "box_select,lasso_select,reset";
  const left = figure({ name: "left", width: 280, height: 300, title: "y against x", tools, x_range: [LO, HI], y_range: [LO, HI] });
  left.scatter({ x: "x", y: "y", source, size: 7, color: "#1f77b4", alpha: 0.7, selection_color: "#d62728", nonselection_alpha: 0.15 });
  const right = figure({ name: "right", width: 280, height: 300, title: "y against x − y", tools, x_range: [LO - 1, HI + 1], y_range: left.y_range });
  right.scatter({ x: "z", y: "y", source, size: 7, color: "#1f77b4", alpha: 0.7, selection_color: "#d62728", nonselection_alpha: 0.15 });

  const edges = Float64Array.from({ length: BINS }, (_, i) => LO + (i * (HI - LO)) / BINS);
  const all = [...Array(N).keys()];
  const hist = new ColumnDataSource({
    name: "hist",
    data: { left: edges, right: edges.map((e) => e + (HI - LO) / BINS), all: histogram(y, all), selected: new Float64Array(BINS) },
  });
  const h = figure({ name: "histogram", width: 230, height: 300, title: "y histogram (red: selected)", tools: "", y_range: [LO, HI] });
  h.quad({ left: 0, right: "all", bottom: "left", top: "right", source: hist, fill_color: "#c7d7e8", line_color: "white" });
  h.quad({ left: 0, right: "selected", bottom: "left", top: "right", source: hist, fill_color: "#d62728", line_color: "white", alpha: 0.8 });

  const summary = new Div({ name: "summary", text: `Nothing selected: use the box or lasso select tool (${N} points).` });

  source.selected.on_change("indices", (_attr, _old, indices) => {
    const idx = Array.from(indices as ArrayLike<number>);
    hist.data = { ...hist.data, selected: histogram(y, idx) };
    if (idx.length === 0) {
      summary.text = `Nothing selected: use the box or lasso select tool (${N} points).`;
      return;
    }
    const mean = idx.reduce((a, i) => a + y[i]!, 0) / idx.length;
    summary.text = `${idx.length} of ${N} points selected, mean y = ${mean.toFixed(2)}`;
  });

  doc.add_root(column(summary, row(left, right, h)));
  doc.title = "Linked selection";
}
