/**
 * The protocol core against the real BokehJS 3.10: documents and events Dash writes are
 * read by BokehJS's deserializer, and what BokehJS writes is read by Dash.
 */
import { describe, it, expect } from "vitest";
import { Document, ColumnDataSource, Selection, encode_events, type Model } from "@dash/protocol";
import { use_bokehjs } from "./bokehjs.ts";

const bk = use_bokehjs();

function make_doc(): { doc: Document; source: ColumnDataSource } {
  const doc = new Document();
  const source = new ColumnDataSource({
    data: {
      f64: new Float64Array([1.5, NaN, -Infinity]),
      f32: new Float32Array([1, 2, 3]),
      i32: new Int32Array([-7, 0, 7]),
      s: ["a", "b", "c"],
    },
    selected: new Selection({ indices: [0, 2] }),
  });
  doc.add_root(source);
  doc.title = "compat";
  doc.flush();
  return { doc, source };
}

/** Load a document in BokehJS, apply patches, and report a source's columns. */
async function bokeh_apply(doc_json: unknown, patches: unknown[], source_id: string) {
  return bk.evaluate(
    ({ doc_json, patches, source_id }) => {
      const Bokeh = (window as unknown as { Bokeh: { Document: { from_json(j: unknown): { title: string; roots: unknown[]; apply_json_patch(p: unknown): void; get_model_by_id(id: string): { data: Record<string, ArrayLike<unknown>>; selected: { indices: number[] } } } } } }).Bokeh;
      const doc = Bokeh.Document.from_json(doc_json);
      for (const p of patches) doc.apply_json_patch(p);
      const s = doc.get_model_by_id(source_id);
      const data: Record<string, unknown[]> = {};
      const entries = s.data instanceof Map ? [...(s.data as Map<string, ArrayLike<unknown>>).entries()] : Object.entries(s.data);
      for (const [k, v] of entries) data[k] = Array.from(v).map((x) => (typeof x === "number" && !Number.isFinite(x) ? String(x) : x));
      const title = typeof doc.title === "function" ? (doc.title as unknown as () => string)() : doc.title;
      return { title, roots: (typeof doc.roots === "function" ? (doc.roots as unknown as () => unknown[])() : doc.roots).length, data, indices: [...s.selected.indices], types: Object.fromEntries(entries.map(([k, v]) => [k, (v as object).constructor.name])) };
    },
    { doc_json, patches, source_id },
  );
}

describe("BokehJS 3.10 reads what Dash writes", () => {
  it("reads a document with typed-array columns (gzip base64), NaN and -inf, and a selection", async () => {
    const { doc, source } = make_doc();
    const read = await bokeh_apply(doc.to_json().json, [], source.id);
    expect(read.title).toBe("compat");
    expect(read.data).toEqual({ f64: [1.5, "NaN", "-Infinity"], f32: [1, 2, 3], i32: [-7, 0, 7], s: ["a", "b", "c"] });
    expect(read.types).toMatchObject({ f64: "Float64NDArray", f32: "Float32NDArray", i32: "Int32NDArray" });
    expect(read.indices).toEqual([0, 2]);
  });

  it("applies Dash patches: ModelChanged, ColumnsStreamed with rollover, ColumnsPatched, TitleChanged, RootAdded", async () => {
    const { doc, source } = make_doc();
    const doc_json = doc.to_json().json;
    const patches: unknown[] = [];
    doc.on_batch((b) => patches.push(JSON.parse(JSON.stringify(encode_events(b.events, { binary: false, known: (m: Model) => !b.new_models.has(m) }).json))));
    (source.selected as Selection).indices = [1];
    source.stream({ f64: [4, 5], f32: [4, 5], i32: [4, 5], s: ["d", "e"] }, 4);
    doc.flush();
    source.patch({ f64: [[0, 100]], s: [[{ start: 1, stop: 3 }, ["x", "y"]]] });
    doc.title = "patched";
    doc.add_root(new ColumnDataSource({ data: { z: [1] } }));
    doc.flush();
    const read = await bokeh_apply(doc_json, patches, source.id);
    expect(read.title).toBe("patched");
    expect(read.roots).toBe(2);
    expect(read.indices).toEqual([1]);
    expect(read.data).toEqual({ f64: [100, "-Infinity", 4, 5], f32: [2, 3, 4, 5], i32: [0, 7, 4, 5], s: ["b", "x", "y", "e"] });
    expect(Array.from(source.data.f64 as Float64Array)).toEqual([100, -Infinity, 4, 5]);
  });
});

describe("Dash reads what BokehJS writes", () => {
  it("reads a BokehJS document and applies BokehJS patches (property set, stream, patch, title)", async () => {
    const json = await bk.make(`
      const s = new Bokeh.ColumnDataSource({data: {x: new Float64Array([1, 2, 3]), n: ["a", "b", "c"]}});
      const doc = new Bokeh.Document();
      doc.add_root(s);
      doc.set_title("from bokehjs");
      return doc;`);
    const doc = Document.from_json(json);
    expect(doc.title).toBe("from bokehjs");
    const source = doc.roots[0] as ColumnDataSource;
    expect(source).toBeInstanceOf(ColumnDataSource);
    expect(Array.from(source.data.x as Float64Array)).toEqual([1, 2, 3]);
    const patch = await bk.patch(json, `
      const s = doc.roots()[0];
      s.stream({x: [4], n: ["d"]}, 3);
      s.patch({x: [[0, 20]]});
      s.selected.indices = [2];
      doc.set_title("changed");`);
    doc.apply_events(patch);
    expect(doc.title).toBe("changed");
    expect(Array.from(source.data.x as Float64Array)).toEqual([20, 3, 4]);
    expect(source.data.n).toEqual(["b", "c", "d"]);
    expect((source.selected as Selection).indices).toEqual([2]);
  });
});
