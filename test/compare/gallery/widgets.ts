/**
 * Compare gallery: a plot with its toolbar above (in the title row, right-aligned), a Div whose
 * <style> must stay inside it, a Select in a column, Button(width=60) and a DataTable with its
 * index column.
 */
import { Button, ColumnDataSource, DataTable, Div, Select, TableColumn, column, figure, row, type Document } from "@dash/server";

export default function app(doc: Document): void {
  const p = figure({ name: "above", width: 350, height: 220, title: "toolbar above", toolbar_location: "above", tools: "pan,box_zoom,reset" });
  p.scatter({ x: [1, 2, 3, 4], y: [4, 1, 3, 2], size: 12 });
  const div = new Div({ name: "styled", text: "<style>p { color: rgb(255, 0, 0); font-size: 30px }</style><p>inside the Div</p>" });
  const outside = new Div({ name: "outside", text: "<p>outside the Div (not red)</p>" });
  const select = new Select({ name: "select", title: "Fruit", value: "apple", options: ["apple", "pear", "plum"] });
  const button = new Button({ name: "btn", label: "Go now", width: 60 });
  const source = new ColumnDataSource({ data: { a: ["x", "y", "z", "w"], b: [1, 2, 3, 4] } });
  const table = new DataTable({
    name: "table", source, width: 300, height: 140,
    columns: [new TableColumn({ field: "a", title: "A" }), new TableColumn({ field: "b", title: "B" })],
  });
  doc.add_root(row(column(p, div, outside), column(select, button, table)));
}
