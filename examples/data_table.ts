/**
 * An editable DataTable and a plot on one ColumnDataSource. Double-click a cell to edit it
 * (Enter commits): the bar in the plot follows, and the server recomputes the total shown
 * above. Selecting rows in the table highlights their bars, and the other way round.
 *
 *   npx dash serve examples/data_table.ts --show
 *
 * Bokeh equivalent: examples/interaction/widgets/data_table.py with editable=True.
 */
import {
  ColumnDataSource, DataTable, Div, IntEditor, NumberEditor, NumberFormatter, StringEditor, TableColumn,
  column, figure, row, type Document,
} from "@dash/server";

export const ITEMS = ["North", "South", "East", "West", "Central", "Online"];
export const UNITS = [120, 95, 143, 80, 61, 170];
const PRICES = [9.5, 11.25, 8.75, 12.0, 10.5, 7.95];

export default function app(doc: Document): void {
  const source = new ColumnDataSource({
    name: "sales",
    data: { region: [...ITEMS], units: Float64Array.from(UNITS), price: Float64Array.from(PRICES) },
  });

  const table = new DataTable({
    name: "table", source, editable: true, width: 380, height: 220, index_position: null,
    columns: [
      new TableColumn({ field: "region", title: "Region", editor: new StringEditor() }),
      new TableColumn({ field: "units", title: "Units sold", editor: new IntEditor(), formatter: new NumberFormatter({ format: "0,0" }) }),
      new TableColumn({ field: "price", title: "Price", editor: new NumberEditor({ step: 0.05 }), formatter: new NumberFormatter({ format: "$0,0.00" }) }),
    ],
  });

  const p = figure({
    name: "units", x_range: ITEMS, y_range: [0, 250], width: 460, height: 320, title: "Units sold by region",
    tools: "tap,reset", toolbar_location: "right",
  });
  p.vbar({
    x: "region", top: "units", width: 0.8, source, color: "#3c78b4", line_color: "white",
    selection_color: "#e8743b", nonselection_alpha: 0.4,
  });

  const total = new Div({ name: "total", text: "" });
  const update_total = (): void => {
    const units = source.data.units as ArrayLike<number>, price = source.data.price as ArrayLike<number>;
    let n = 0, revenue = 0;
    for (let i = 0; i < units.length; i++) {
      n += units[i]!;
      revenue += units[i]! * price[i]!;
    }
    total.text = `Total: <b>${n.toLocaleString("en-US")}</b> units, revenue <b>$${revenue.toFixed(2)}</b>`;
  };
  update_total();
  // Edits from the table arrive as a change of `data` (BokehJS's editor sends a patch; both are handled).
  source.on_change("data", update_total);

  doc.add_root(column(
    new Div({ text: "Double-click a cell to edit it; Enter commits. Click rows or bars to select." }),
    total,
    row(table, p),
  ));
  doc.title = "Editable DataTable";
}
