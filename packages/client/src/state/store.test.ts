import { describe, it, expect } from "vitest";
import { Document, ColumnDataSource, Selection } from "@dash/protocol";
import { DocStore } from "./store.ts";

describe("DocStore", () => {
  it("keeps the identity of untouched models and replaces changed ones", () => {
    const doc = new Document();
    const a = new ColumnDataSource({ data: { x: [1, 2] } });
    const b = new ColumnDataSource({ data: { y: ["u"] } });
    doc.add_root(a);
    doc.add_root(b);
    doc.flush();
    const store = new DocStore(doc);
    const before = store.snap;
    a.stream({ x: [3] });
    doc.flush();
    const after = store.snap;
    expect(after).not.toBe(before);
    expect(after.models[b.id]).toBe(before.models[b.id]);
    expect(after.models[a.id]).not.toBe(before.models[a.id]);
    const x = (after.models[a.id]!.attrs.data as Record<string, Float64Array>).x!;
    expect(x).toBeInstanceOf(Float64Array);
    expect(Array.from(x)).toEqual([1, 2, 3]);
  });

  it("reports streamed rows so renderers can append, and references as {$ref}", () => {
    const doc = new Document();
    const a = new ColumnDataSource({ data: { x: [1] } });
    doc.add_root(a);
    doc.flush();
    const store = new DocStore(doc);
    const seen: unknown[] = [];
    store.subscribe((_s, c) => seen.push(c.streamed));
    a.stream({ x: [2, 3] }, 10);
    doc.flush();
    expect(seen).toEqual([[{ source_id: a.id, rows: 2, rollover: 10 }]]);
    expect(store.snap.models[a.id]!.attrs.selected).toEqual({ $ref: (a.selected as Selection).id });
  });

  it("hands typed-array columns through as the document's own arrays (never drafted or copied)", () => {
    const doc = new Document();
    const n = 1_000_000;
    const a = new ColumnDataSource({ data: { x: new Float64Array(n), y: new Float64Array(n) } });
    doc.add_root(a);
    doc.flush();
    const store = new DocStore(doc);
    const col = (snap: typeof store.snap, k: string) => (snap.models[a.id]!.attrs.data as Record<string, Float64Array>)[k]!;
    const doc_col = (k: string) => (a.data as Record<string, Float64Array>)[k]!;
    expect(col(store.snap, "x")).toBe(doc_col("x"));
    a.stream({ x: new Float64Array([1]), y: new Float64Array([2]) });
    doc.flush();
    // the snapshot's column shares the document's storage: a view, no element-wise copy
    expect(col(store.snap, "x").buffer).toBe(doc_col("x").buffer);
    expect(col(store.snap, "y").length).toBe(n + 1);
    expect(Object.isFrozen(col(store.snap, "x"))).toBe(false);
  });

  it("adds models that join the document and drops ones that leave", () => {
    const doc = new Document();
    const a = new ColumnDataSource();
    doc.add_root(a);
    doc.flush();
    const store = new DocStore(doc);
    const sel = new Selection({ indices: [1] });
    const old = a.selected as Selection;
    a.selected = sel;
    doc.flush();
    expect(store.snap.models[sel.id]).toBeDefined();
    expect(store.snap.models[old.id]).toBeUndefined();
  });
});
