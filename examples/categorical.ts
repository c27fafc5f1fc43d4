/**
 * Categorical axes: a vbar chart over a FactorRange coloured with factor_cmap (with a
 * legend per fruit), and a stacked hbar chart (`hbar_stack`: one renderer per year, each bar
 * starting where the previous year's ended) with a legend. The year buttons choose which year the
 * vbar chart shows; the server swaps the column.
 *
 *   npx dash serve examples/categorical.ts --show
 *
 * Bokeh equivalents: docs/examples/basic/bars/colormapped.py and horizontal_stacked.py.
 */
import { Bright6, ColumnDataSource, RadioButtonGroup, Title, column, factor_cmap, figure, row, type Document } from "@dash/server";

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
    fill_color: factor_cmap("fruits", Bright6, FRUITS),
  });
  bars.xgrid.grid_line_color = null;
  bars.legend.location = "top_left";

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
  // one hbar renderer per year; left/right are stack() expressions of the year columns
  const by_year = new ColumnDataSource({ data: { fruits: FRUITS, ...Object.fromEntries(YEARS.map((y) => [y, Float64Array.from(COUNTS[y]!)])) } });
  stacked.hbar_stack(YEARS, { y: "fruits", height: 0.8, source: by_year, color: YEAR_COLORS, legend_label: YEARS });
  stacked.ygrid.grid_line_color = null;
  stacked.legend.location = "bottom_right";
  stacked.legend.click_policy = "mute"; // click a year in the legend to fade its bars

  doc.add_root(column(year, row(bars, stacked)));
  doc.title = "Categorical data";
}
