// Which models a view depends on: the closure of references from its own model.
import { is_plain_object, is_ref, type DocSnap } from "./snapshot.ts";

/** Ids of models reachable from `id` through refs (ColumnDataSource.data is not walked). */
export function dependencies(doc: DocSnap, id: string): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  const visit = (v: unknown): void => {
    if (v == null || typeof v !== "object" || ArrayBuffer.isView(v)) return;
    if (is_ref(v)) { if (!seen.has(v.$ref)) stack.push(v.$ref); return; }
    if (Array.isArray(v)) {
      if (v.length > 0 && typeof v[0] !== "object") return;
      for (const x of v) visit(x);
      return;
    }
    if (is_plain_object(v)) for (const x of Object.values(v)) visit(x);
  };
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (seen.has(cur)) continue;
    seen.add(cur);
    const m = doc.models[cur];
    if (m == null) continue;
    for (const [k, v] of Object.entries(m.attrs)) {
      if (k === "data" && m.type === "ColumnDataSource") continue;
      visit(v);
    }
  }
  return seen;
}

