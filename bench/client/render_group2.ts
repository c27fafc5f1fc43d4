/**
 * Render bench cases for glyphs group 2 (issue 14): HexTile (a hexbin-like document: 100k hexes
 * coloured by count through a LinearColorMapper) and MultiPolygons (100k squares, each with a
 * hole), drawn by Dash's client and by BokehJS on the same document in the same Chromium.
 * render.bench.ts registers these apps and runs `measure_group2` after its scatter cases.
 */
import { figure, ColumnDataSource, LinearColorMapper, type Document } from "@dash/server";

export const GROUP2_N = 100_000;
const W = 700, H = 500;
const PALETTE = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"];

/** A deterministic pseudo-random stream (the same document for both clients). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

function hextile(backend: "webgl" | "canvas"): (doc: Document) => void {
  const side = Math.ceil(Math.sqrt(GROUP2_N));
  const q = new Int32Array(GROUP2_N), r = new Int32Array(GROUP2_N), counts = new Float64Array(GROUP2_N);
  const rand = rng(1);
  for (let i = 0; i < GROUP2_N; i++) {
    const row = Math.floor(i / side), col = i % side;
    r[i] = row; q[i] = col - Math.floor(row / 2); // a rectangle of hexes in axial coordinates
    counts[i] = Math.floor(rand() * 100);
  }
  return (doc) => {
    const source = new ColumnDataSource({ data: { q, r, counts } });
    const p = figure({ title: `HexTile ${GROUP2_N}`, width: W, height: H, tools: "pan,wheel_zoom,reset", output_backend: backend, match_aspect: true });
    p.hex_tile({ q: "q", r: "r", size: 1, source, line_color: null, fill_color: { field: "counts", transform: new LinearColorMapper({ palette: PALETTE, low: 0, high: 100 }) } });
    doc.add_root(p);
  };
}

function multi_polygons(backend: "webgl" | "canvas"): (doc: Document) => void {
  const side = Math.ceil(Math.sqrt(GROUP2_N));
  const xs: number[][][][] = [], ys: number[][][][] = [], color: string[] = [];
  for (let i = 0; i < GROUP2_N; i++) {
    const x = (i % side) * 3, y = Math.floor(i / side) * 3;
    xs.push([[[x, x + 2, x + 2, x], [x + 0.5, x + 1.5, x + 1.5, x + 0.5]]]);
    ys.push([[[y, y, y + 2, y + 2], [y + 0.5, y + 0.5, y + 1.5, y + 1.5]]]);
    color.push(PALETTE[i % PALETTE.length]!);
  }
  return (doc) => {
    const source = new ColumnDataSource({ data: { xs, ys, color } });
    const p = figure({ title: `MultiPolygons ${GROUP2_N}`, width: W, height: H, tools: "pan,wheel_zoom,reset", output_backend: backend });
    p.multi_polygons({ xs: "xs", ys: "ys", source, fill_color: "color", line_color: "#000000", line_width: 0.5 });
    doc.add_root(p);
  };
}

export interface Group2Case { readonly key: string; readonly glyph: string; readonly backend: "webgl" | "canvas"; readonly make: (doc: Document) => void }

export function group2_cases(): Group2Case[] {
  const out: Group2Case[] = [];
  for (const backend of ["webgl", "canvas"] as const) {
    out.push({ key: `hex_tile_${backend}`, glyph: "HexTile", backend, make: hextile(backend) });
    out.push({ key: `multi_polygons_${backend}`, glyph: "MultiPolygons", backend, make: multi_polygons(backend) });
  }
  return out;
}

interface Measure { first_ms: number; frame_ms: number; move_ms: number; frames: number }
export interface Group2Runner {
  dash(c: Group2Case): Promise<Measure>;
  bokehjs(c: Group2Case): Promise<Measure>;
}

/** One row per case: first render and pan frame, BokehJS / Dash (> 1: Dash faster). */
export async function measure_group2(cases: readonly Group2Case[], run: Group2Runner): Promise<Array<Record<string, string | number>>> {
  const rows: Array<Record<string, string | number>> = [];
  for (const c of cases) {
    const d = await run.dash(c), b = await run.bokehjs(c);
    rows.push({
      glyph: c.glyph, items: GROUP2_N, backend: c.backend,
      "dash first ms": d.first_ms, "bokehjs first ms": b.first_ms, "first ratio": b.first_ms / d.first_ms,
      "dash frame ms": d.frame_ms, "bokehjs frame ms": b.frame_ms, "frame ratio": b.frame_ms / d.frame_ms,
    });
  }
  return rows;
}
