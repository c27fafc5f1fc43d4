// GraphRenderer: its node and edge GlyphRenderers draw as ordinary glyph views, their glyphs'
// coordinates taken from the layout provider (BokehJS's NodeCoordinates / EdgeCoordinates
// expressions). The plot sees a document snapshot in which the node/edge sources carry the
// computed coordinate columns and the glyphs point at them (same ids, so selections and hits
// speak of the real sources). Hit-test policies (NodesOnly, NodesAndLinkedEdges,
// EdgesAndLinkedNodes, NodesAndAdjacentNodes) extend a hit to the linked nodes or edges.
import { attr, is_typed_array, Resolver, type DocSnap, type ModelSnap } from "../../state/snapshot.ts";
import { source_data, type Data } from "./specs.ts";

const X = "__graph_x", Y = "__graph_y", XS = "__graph_xs", YS = "__graph_ys";
const GLYPHS = ["glyph", "hover_glyph", "selection_glyph", "nonselection_glyph", "muted_glyph"] as const;

export type GraphRole = "node" | "edge";
export interface GraphPart { readonly graph: ModelSnap; readonly role: GraphRole }

/** A layout provider's graph_layout (a Map with int keys arrives as [key, [x, y]] pairs, string keys as an object). */
export function layout_positions(v: unknown): Map<string, readonly [number, number]> {
  const out = new Map<string, readonly [number, number]>();
  const put = (k: unknown, p: unknown): void => {
    if ((Array.isArray(p) || is_typed_array(p)) && p.length >= 2) out.set(String(k), [Number(p[0]), Number(p[1])]);
  };
  if (v instanceof Map) for (const [k, p] of v) put(k, p);
  else if (Array.isArray(v)) for (const e of v) { if (Array.isArray(e) && e.length === 2) put(e[0], e[1]); }
  else if (typeof v === "object" && v !== null) for (const [k, p] of Object.entries(v)) put(k, p);
  return out;
}

const col = (d: Data, name: string): ArrayLike<unknown> => (d[name] as ArrayLike<unknown> | undefined) ?? [];

/** Node x/y from the layout by the node source's `index` column (NaN when the layout lacks a node). */
export function node_coordinates(nodes: Data, layout: ReadonlyMap<string, readonly [number, number]>): [Float64Array, Float64Array] {
  const index = col(nodes, "index");
  const x = new Float64Array(index.length), y = new Float64Array(index.length);
  for (let i = 0; i < index.length; i++) {
    const p = layout.get(String(index[i]));
    x[i] = p?.[0] ?? NaN; y[i] = p?.[1] ?? NaN;
  }
  return [x, y];
}

/** Edge paths: straight start -> end, or the source's own xs/ys paths when it has them (BokehJS StaticLayoutProvider). */
export function edge_coordinates(edges: Data, layout: ReadonlyMap<string, readonly [number, number]>): [unknown[], unknown[]] {
  const start = col(edges, "start"), end = col(edges, "end");
  const paths = edges["xs"] != null && edges["ys"] != null;
  const n = Math.min(start.length, end.length);
  const xs: unknown[] = [], ys: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const a = layout.get(String(start[i])), b = layout.get(String(end[i]));
    if (paths && a != null && b != null) { xs.push(col(edges, "xs")[i]); ys.push(col(edges, "ys")[i]); continue; }
    xs.push(Float64Array.of(a?.[0] ?? NaN, b?.[0] ?? NaN));
    ys.push(Float64Array.of(a?.[1] ?? NaN, b?.[1] ?? NaN));
  }
  return [xs, ys];
}

/** Rows linked to hit rows under a hit-test policy: hit nodes -> their edges / adjacent nodes, hit edges -> their nodes. */
export function linked_rows(policy: string, role: GraphRole, rows: readonly number[], nodes: Data, edges: Data): { nodes: number[]; edges: number[] } {
  const index = col(nodes, "index"), start = col(edges, "start"), end = col(edges, "end");
  const ne = Math.min(start.length, end.length);
  if (role === "edge") {
    if (policy !== "EdgesAndLinkedNodes") return { nodes: [], edges: [] };
    const ends = new Set<string>();
    for (const e of rows) { ends.add(String(start[e])); ends.add(String(end[e])); }
    return { edges: [...rows], nodes: rows_where(index.length, (i) => ends.has(String(index[i]))) };
  }
  if (policy === "EdgesAndLinkedNodes") return { nodes: [], edges: [] };
  const keys = new Set(rows.map((i) => String(index[i])));
  const touching = rows_where(ne, (e) => keys.has(String(start[e])) || keys.has(String(end[e])));
  if (policy === "NodesAndLinkedEdges") return { nodes: [...rows], edges: touching };
  if (policy === "NodesAndAdjacentNodes") {
    const adj = new Set(keys);
    for (const e of touching) { adj.add(String(start[e])); adj.add(String(end[e])); }
    return { nodes: rows_where(index.length, (i) => adj.has(String(index[i]))), edges: [] };
  }
  return { nodes: [...rows], edges: [] };
}

function rows_where(n: number, f: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (f(i)) out.push(i);
  return out;
}

interface Expanded { readonly key: readonly unknown[]; readonly models: readonly ModelSnap[] }

/** Per plot: the coordinate-carrying copies of its graphs' sources and glyphs, rebuilt only when an input changed. */
export class Graphs {
  private cache = new Map<string, Expanded>();
  private parts = new Map<string, GraphPart>();

  /** The snapshot the plot draws: `doc` with its graphs' node/edge sources and glyphs given coordinates. */
  doc(doc: DocSnap, plot: ModelSnap): DocSnap {
    const r = new Resolver(doc);
    const graphs = r.refs(plot, "renderers").filter((m) => m.type === "GraphRenderer");
    this.parts.clear();
    if (graphs.length === 0) { this.cache.clear(); return doc; }
    const models: Record<string, ModelSnap> = { ...doc.models };
    const keep = new Set<string>();
    for (const g of graphs) {
      keep.add(g.id);
      const node_r = r.ref(g, "node_renderer"), edge_r = r.ref(g, "edge_renderer");
      if (node_r != null) this.parts.set(node_r.id, { graph: g, role: "node" });
      if (edge_r != null) this.parts.set(edge_r.id, { graph: g, role: "edge" });
      for (const m of this.expand(g, r)) models[m.id] = m;
    }
    for (const id of this.cache.keys()) if (!keep.has(id)) this.cache.delete(id);
    return { ...doc, models };
  }

  /** The graph and role of a node/edge sub-renderer. */
  part(renderer_id: string): GraphPart | undefined {
    return this.parts.get(renderer_id);
  }

  private expand(g: ModelSnap, r: Resolver): readonly ModelSnap[] {
    const layout = r.ref(g, "layout_provider"), node_r = r.ref(g, "node_renderer"), edge_r = r.ref(g, "edge_renderer");
    const node_src = node_r != null ? r.ref(node_r, "data_source") : null, edge_src = edge_r != null ? r.ref(edge_r, "data_source") : null;
    const node_glyphs = node_r != null ? GLYPHS.map((k) => r.ref(node_r, k)) : [];
    const edge_glyphs = edge_r != null ? GLYPHS.map((k) => r.ref(edge_r, k)) : [];
    const key = [layout, node_src, edge_src, ...node_glyphs, ...edge_glyphs];
    const hit = this.cache.get(g.id);
    if (hit != null && hit.key.length === key.length && hit.key.every((m, i) => m === key[i])) return hit.models;
    const pos = layout_positions(layout != null ? attr<unknown>(layout, "graph_layout") : null);
    const out: ModelSnap[] = [];
    if (node_src != null) {
      const data = source_data(node_src);
      const [x, y] = node_coordinates(data, pos);
      out.push({ ...node_src, attrs: { ...node_src.attrs, data: { ...data, [X]: x, [Y]: y } } });
    }
    if (edge_src != null) {
      const data = source_data(edge_src);
      const [xs, ys] = edge_coordinates(data, pos);
      out.push({ ...edge_src, attrs: { ...edge_src.attrs, data: { ...data, [XS]: xs, [YS]: ys } } });
    }
    for (const m of node_glyphs) if (m != null) out.push({ ...m, attrs: { ...m.attrs, x: { field: X }, y: { field: Y } } });
    for (const m of edge_glyphs) if (m != null) out.push({ ...m, attrs: { ...m.attrs, xs: { field: XS }, ys: { field: YS } } });
    this.cache.set(g.id, { key, models: out });
    return out;
  }
}

/** Which part of a graph a hit-test policy hits: edges for EdgesAndLinkedNodes, nodes otherwise. */
export function hit_role(policy: ModelSnap | null): GraphRole {
  return policy?.type === "EdgesAndLinkedNodes" ? "edge" : "node";
}

/** The graph models a plot draws (GraphRenderer through its node and edge renderers) and the layout and policies it applies. */
export function graph_types(): string[] {
  return ["GraphRenderer", "StaticLayoutProvider", "NodesOnly", "NodesAndLinkedEdges", "EdgesAndLinkedNodes", "NodesAndAdjacentNodes"];
}
