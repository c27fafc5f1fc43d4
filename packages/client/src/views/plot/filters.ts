// CDSView filters (BokehJS models/filters): which rows of a source a renderer draws.
import { attr, type ModelSnap, type Resolver } from "../../state/snapshot.ts";
import type { Data } from "./specs.ts";
import { custom_filter_mask } from "./user_code.ts";

/** The rows of `n` a view's filter keeps, ascending; null when it keeps them all. */
export function view_indices(view: ModelSnap | null, data: Data, n: number, r: Resolver): Int32Array | null {
  if (view == null) return null;
  const filter = r.ref(view, "filter");
  if (filter == null || filter.type === "AllIndices") return null;
  const mask = compute(filter, data, n, r);
  let count = 0;
  for (let i = 0; i < n; i++) if (mask[i] === 1) count++;
  if (count === n) return null;
  const out = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (mask[i] === 1) out[k++] = i;
  return out;
}

/** A 0/1 mask over the rows. Unknown filters keep every row. */
function compute(f: ModelSnap, data: Data, n: number, r: Resolver): Uint8Array {
  const mask = new Uint8Array(n);
  switch (f.type) {
    case "IndexFilter": {
      const idx = attr<ArrayLike<number> | null>(f, "indices");
      if (idx == null) return mask.fill(1);
      for (let k = 0; k < idx.length; k++) { const i = idx[k]!; if (i >= 0 && i < n) mask[i] = 1; }
      return mask;
    }
    case "BooleanFilter": {
      const b = attr<ArrayLike<boolean | number> | null>(f, "booleans");
      if (b == null) return mask.fill(1);
      for (let i = 0; i < n && i < b.length; i++) mask[i] = b[i] ? 1 : 0;
      return mask;
    }
    case "GroupFilter": {
      const col = data[attr<string>(f, "column_name")] as ArrayLike<unknown> | undefined;
      const group = attr<unknown>(f, "group");
      for (let i = 0; col != null && i < n; i++) mask[i] = col[i] === group ? 1 : 0;
      return mask;
    }
    case "InversionFilter": {
      const op = r.ref(f, "operand");
      const inner = op == null ? new Uint8Array(n).fill(1) : compute(op, data, n, r);
      for (let i = 0; i < n; i++) mask[i] = inner[i] === 1 ? 0 : 1;
      return mask;
    }
    case "IntersectionFilter": case "UnionFilter": case "DifferenceFilter": case "SymmetricDifferenceFilter": {
      const ops = r.refs(f, "operands").map((op) => compute(op, data, n, r));
      if (ops.length === 0) return mask.fill(f.type === "IntersectionFilter" ? 1 : 0);
      mask.set(ops[0]!);
      for (const o of ops.slice(1)) {
        for (let i = 0; i < n; i++) {
          const a = mask[i]!, b = o[i]!;
          mask[i] = f.type === "IntersectionFilter" ? a & b : f.type === "UnionFilter" ? a | b : f.type === "DifferenceFilter" ? a & (b ^ 1) : a ^ b;
        }
      }
      return mask;
    }
    case "CustomJSFilter":
      // the code sees the rows this view was given as its `source`
      return custom_filter_mask(f, { id: f.id, type: "ColumnDataSource", attrs: { data } }, n, r);
    default:
      return mask.fill(1);
  }
}

/** The CDSView filter types view_indices applies. */
export function filter_types(): string[] {
  return ["AllIndices", "IndexFilter", "BooleanFilter", "GroupFilter", "InversionFilter", "IntersectionFilter", "UnionFilter", "DifferenceFilter", "SymmetricDifferenceFilter", "CustomJSFilter"];
}
