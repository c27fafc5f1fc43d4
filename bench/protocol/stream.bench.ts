/** 100-row appends into a 1,000,000-row rolling column vs a naive copy-and-concat. */
import { ColumnDataSource } from "@dash/protocol";
import { time_ops, table } from "../util.ts";

export function run(): void {
  const ROWS = 1_000_000;
  const ADD = 100;
  const init = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++) init[i] = i;
  const source = new ColumnDataSource({ data: { x: init, y: new Float64Array(init) } });
  const add = { x: new Float64Array(ADD).fill(1), y: new Float64Array(ADD).fill(2) };
  const dash = time_ops(() => source.stream(add, ROWS), 500);

  let naive_x = new Float64Array(init);
  let naive_y = new Float64Array(init);
  const concat = (a: Float64Array, b: Float64Array) => {
    const out = new Float64Array(ROWS);
    out.set(a.subarray(a.length + b.length - ROWS), 0);
    out.set(b, ROWS - b.length);
    return out;
  };
  const naive = time_ops(() => {
    naive_x = concat(naive_x, add.x);
    naive_y = concat(naive_y, add.y);
  }, 500);
  table(`stream ${ADD} rows into a ${ROWS.toLocaleString()}-row rolling window (2 float64 columns)`, [
    { method: "ColumnDataSource.stream(rollover)", "appends/s": dash.ops, "us/append": dash.ms_per_op * 1000, "x faster than naive": dash.ops / naive.ops },
    { method: "naive copy-and-concat", "appends/s": naive.ops, "us/append": naive.ms_per_op * 1000, "x faster than naive": 1 },
  ]);
  if (source.length !== ROWS) throw new Error("rolling window lost rows");
}

if (import.meta.url === `file://${process.argv[1]}`) run();
