/** Tiny bench helpers: time a function over repetitions and print ratio tables. */
export function time_ops(fn: () => unknown, min_ms = 400): { ops: number; ms_per_op: number } {
  for (let i = 0; i < 3; i++) fn(); // warm up
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < min_ms) {
    fn();
    n++;
    t = performance.now();
  }
  const ms = (t - t0) / n;
  return { ops: 1000 / ms, ms_per_op: ms };
}

export function table(title: string, rows: Array<Record<string, string | number>>): void {
  console.log(`\n## ${title}`);
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]!);
  const fmt = (v: string | number) => (typeof v === "number" ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3)) : v);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(fmt(r[c]!)).length)));
  console.log(cols.map((c, i) => c.padEnd(widths[i]!)).join("  "));
  for (const r of rows) console.log(cols.map((c, i) => String(fmt(r[c]!)).padEnd(widths[i]!)).join("  "));
}
