/**
 * Crossfilter: pick the x, y, colour and size columns of a small car dataset from Select
 * widgets; the server rebuilds the scatter plot for every choice.
 *
 *   npx dash serve examples/crossfilter.ts --show
 *
 * Port of bokeh/examples/server/app/crossfilter. The data (examples/data/autompg.csv) is
 * a deterministic, plausible stand-in for Bokeh's autompg sample (392 cars, same columns).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ColumnDataSource, Select, column, figure, palettes, row, type Document, type Figure } from "@dash/server";

type Table = Record<string, Array<number | string>>;

function read_csv(path: string): Table {
  const [head, ...lines] = readFileSync(path, "utf8").trim().split("\n");
  const names = head!.split(",");
  const table: Table = Object.fromEntries(names.map((n) => [n, []]));
  for (const line of lines) {
    line.split(",").forEach((v, i) => table[names[i]!]!.push(v !== "" && !Number.isNaN(Number(v)) ? Number(v) : v));
  }
  return table;
}

const df = read_csv(fileURLToPath(new URL("./data/autompg.csv", import.meta.url)));
const ORIGINS: Record<number, string> = { 1: "North America", 2: "Europe", 3: "Asia" };
df.origin = df.origin!.map((o) => ORIGINS[Number(o)] ?? String(o));
df.cyl = df.cyl!.map(String);
df.yr = df.yr!.map(String);

const COLUMNS = Object.keys(df).filter((c) => c !== "name");
const DISCRETE = COLUMNS.filter((c) => typeof df[c]![0] === "string");
const CONTINUOUS = COLUMNS.filter((c) => !DISCRETE.includes(c));

const SIZES = [6, 9, 12, 15, 18, 21, 24, 27, 30, 33];
const COLORS = [...palettes.Inferno9];
const N_SIZES = SIZES.length, N_COLORS = COLORS.length;

/** Bin a numeric column into `n` equal-width bins (pandas.cut(..., n, labels=False)). */
function bins(values: readonly number[], n: number): number[] {
  const lo = Math.min(...values), hi = Math.max(...values);
  return values.map((v) => (hi === lo ? 0 : Math.min(n - 1, Math.floor(((v - lo) / (hi - lo)) * n))));
}

function unique_sorted(values: ReadonlyArray<number | string>): string[] {
  return [...new Set(values.map(String))].sort((a, b) => (Number.isNaN(Number(a)) ? a.localeCompare(b) : Number(a) - Number(b)));
}

export default function app(doc: Document): void {
  const x = new Select({ name: "x", title: "X-Axis", value: "mpg", options: COLUMNS });
  const y = new Select({ name: "y", title: "Y-Axis", value: "hp", options: COLUMNS });
  const size = new Select({ name: "size", title: "Size", value: "None", options: ["None", ...CONTINUOUS] });
  const color = new Select({ name: "color", title: "Color", value: "None", options: ["None", ...CONTINUOUS] });

  const create_figure = (): Figure => {
    const xs = df[x.value as string]!, ys = df[y.value as string]!;
    const x_title = String(x.value), y_title = String(y.value);
    const x_discrete = DISCRETE.includes(x_title), y_discrete = DISCRETE.includes(y_title);
    const p = figure({
      name: "plot", height: 560, width: 640, tools: "pan,box_zoom,hover,reset",
      title: `${x_title} vs ${y_title}`, x_axis_label: x_title, y_axis_label: y_title,
      ...(x_discrete ? { x_range: unique_sorted(xs) } : {}),
      ...(y_discrete ? { y_range: unique_sorted(ys) } : {}),
    });
    const n = xs.length;
    const sz = size.value === "None" ? new Array<number>(n).fill(9) : bins(df[size.value as string] as number[], N_SIZES).map((b) => SIZES[b]!);
    const c = color.value === "None" ? new Array<string>(n).fill("#31AADE") : bins(df[color.value as string] as number[], N_COLORS).map((b) => COLORS[b]!);
    const source = new ColumnDataSource({
      data: {
        x: x_discrete ? xs.map(String) : Float64Array.from(xs as number[]),
        y: y_discrete ? ys.map(String) : Float64Array.from(ys as number[]),
        size: Float64Array.from(sz), color: c, name: df.name!.map(String),
      },
    });
    p.scatter({ x: "x", y: "y", source, size: "size", color: "color", line_color: "white", alpha: 0.6, hover_color: "white", hover_alpha: 0.5 });
    return p;
  };

  const controls = column([x, y, color, size], { width: 200 });
  const layout = row(controls, create_figure());
  const update = (): void => {
    layout.children = [controls, create_figure()];
  };
  for (const w of [x, y, size, color]) w.on_change("value", update);

  doc.add_root(layout);
  doc.title = "Crossfilter";
}

