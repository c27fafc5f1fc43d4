/**
 * Categorical axes: a vbar chart over a FactorRange coloured with factor_cmap (with a
 * legend per fruit), and a stacked hbar chart (one renderer per year, each bar starting
 * where the previous year's ended) with a legend. The year buttons choose which year the
 * vbar chart shows; the server swaps the column.
 *
 *   npx dash serve examples/categorical.ts --show
 *
 * Bokeh equivalents: docs/examples/basic/bars/colormapped.py and horizontal_stacked.py.
 */
import { ColumnDataSource, Grid, RadioButtonGroup, Title, column, factor_cmap, figure, find_legend, palettes, row, type Document, type Plot } from "@dash/server";

/** Hide the grid lines along one dimension (Bokeh: `p.xgrid.grid_line_color = None`). */
function hide_grid(p: Plot, dimension: 0 | 1): void {
  for (const m of p.center) if (m instanceof Grid && m.dimension === dimension) m.grid_line_color = null;
}

export const FRUITS = ["Apples", "Pears", "Nectarines", "Plums", "Grapes", "Strawberries"];
export const YEARS = ["2015", "2016", "2017"];
export const COUNTS: Record<string, number[]> = {
  "2015": [2, 1, 4, 3, 2, 4],
  "2016": [5, 3, 3, 2, 4, 6],
  "2017": [3, 2, 4, 4, 5, 3],
};
const YEAR_COLORS = ["#c9d9d3", "#718dbf", "#e84d60"];

export default function app(doc: Document): void {
  // vbar with a colour per factor and a legend from the `fruits` column
  const source = new ColumnDataSource({ name: "fruits", data: { fruits: FRUITS, counts: Float64Array.from(COUNTS["2017"]!) } });
  const bars = figure({
    name: "bars", x_range: FRUITS, y_range: [0, 10], height: 360, width: 500, title: "Fruit counts, 2017",
    tools: "hover", tooltips: "@fruits: @counts", toolbar_location: null,
  });
  bars.vbar({
    x: "fruits", top: "counts", width: 0.9, source, legend_field: "fruits", line_color: "white",
    fill_color: factor_cmap("fruits", palettes.Bright6, FRUITS),
  });
  hide_grid(bars, 0);
  find_legend(bars)!.location = "top_left";

  const year = new RadioButtonGroup({ name: "year", labels: YEARS, active: 2 });
  year.on_change("active", (_attr, _old, active) => {
    const y = YEARS[Number(active)]!;
    source.data = { fruits: FRUITS, counts: Float64Array.from(COUNTS[y]!) };
    if (bars.title instanceof Title) bars.title.text = `Fruit counts, ${y}`;
  });

  // stacked hbar: one renderer per year, left/right accumulated across years
  const stacked = figure({
    name: "stacked", y_range: FRUITS, x_range: [0, 16], height: 360, width: 380, title: "Fruit counts by year (stacked)",
    tools: "", toolbar_location: null,
  });
  const left = new Array<number>(FRUITS.length).fill(0);
  YEARS.forEach((y, k) => {
    const counts = COUNTS[y]!;
    const right = left.map((l, i) => l + counts[i]!);
    const src = new ColumnDataSource({ data: { fruits: FRUITS, left: Float64Array.from(left), right: Float64Array.from(right) } });
    stacked.hbar({ y: "fruits", left: "left", right: "right", height: 0.8, source: src, color: YEAR_COLORS[k], legend_label: y });
    right.forEach((r, i) => (left[i] = r));
  });
  hide_grid(stacked, 1);
  find_legend(stacked)!.location = "bottom_right";

  doc.add_root(column(year, row(bars, stacked)));
  doc.title = "Categorical data";
}
