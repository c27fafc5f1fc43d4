import { describe, expect, it } from "vitest";
import { Document } from "../../document/document.ts";
import type { DocumentEvent } from "../../document/events.ts";
import { encode_events } from "../../codec/serializer.ts";
import { ColumnDataSource } from "./column_data_source.ts";
import { keep_data_edits_local } from "./data_edits.ts";

function setup(data: Record<string, number[] | Float64Array> = { x: [1, 2, 3], y: [4, 5, 6] }) {
  const doc = new Document({ scheduler: () => {} });
  const source = new ColumnDataSource({ data: data as never });
  doc.add_root(source);
  doc.flush();
  const batches: DocumentEvent[][] = [];
  doc.on_batch((b) => batches.push([...b.events]));
  const errors: unknown[] = [];
  doc.host.invoke = (fn) => {
    try {
      fn();
    } catch (e) {
      errors.push(e);
    }
  };
  return { doc, source, batches, errors };
}

describe("in-place edits of source.data", () => {
  it("an assigned column is one ColumnDataChanged carrying only that column, as Bokeh's PropertyValueColumnData", () => {
    const { doc, source, batches } = setup();
    source.data.y = [7, 8, 9];
    doc.flush();
    expect(batches).toHaveLength(1);
    const e = batches[0]![0]!;
    expect(e.kind).toBe("ColumnDataChanged");
    const json = encode_events(batches[0]!).json.events[0] as Record<string, unknown>;
    expect(json.cols).toEqual(["y"]);
    expect(Object.keys((json.data as { entries: unknown[] }).entries.map((x) => (x as unknown[])[0]))).toHaveLength(1);
    expect(Array.from(source.data.y!)).toEqual([7, 8, 9]);
    expect(source.data.y).toBeInstanceOf(Float64Array);
  });

  it("Object.assign with longer columns is one event once the batch closes with equal lengths", () => {
    const { doc, source, batches, errors } = setup();
    Object.assign(source.data, { x: [1, 2, 3, 4], y: [0, 0, 0, 0] });
    doc.flush();
    expect(errors).toEqual([]);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(1);
    const e = batches[0]![0]! as { cols?: string[] };
    expect(e.cols).toEqual(["x", "y"]);
    expect(source.length).toBe(4);
  });

  it("deleting a column sends the whole data as a replacement", () => {
    const { doc, source, batches } = setup();
    delete source.data.y;
    doc.flush();
    const e = batches[0]![0]! as { kind: string; cols?: string[]; data: Record<string, unknown> };
    expect(e.kind).toBe("ColumnDataChanged");
    expect(e.cols).toBeUndefined();
    expect(Object.keys(e.data)).toEqual(["x"]);
    expect(source.column_names).toEqual(["x"]);
  });

  it("a batch that leaves unequal lengths is undone, not sent, and reported as DASH_ERR_COLUMN_LENGTH", () => {
    const { doc, source, batches, errors } = setup();
    source.data.y = [1];
    doc.flush();
    expect(batches).toEqual([]);
    expect(Array.from(source.data.y!)).toEqual([4, 5, 6]);
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as { code: string }).code)).toContain("COLUMN_LENGTH");
  });

  it("a non-array column is refused at once and nothing is stored", () => {
    const { doc, source, batches } = setup();
    expect(() => {
      (source.data as Record<string, unknown>).y = 5;
    }).toThrow(/data\['y'\] expected a column/);
    doc.flush();
    expect(batches).toEqual([]);
  });

  it("__proto__ and constructor are plain column names that never touch object internals", () => {
    const { doc, source, batches } = setup({ x: [1, 2] });
    const data = source.data as Record<string, unknown>;
    data["__proto__"] = [3, 4];
    data["constructor"] = ["a", "b"];
    doc.flush();
    expect(source.column_names.sort()).toEqual(["__proto__", "constructor", "x"]);
    expect(Object.getPrototypeOf(source._v.data)).toBe(null);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    expect(batches[0]![0]!.kind).toBe("ColumnDataChanged");
  });

  it("on_change('data') callbacks see each edit", () => {
    const { doc, source } = setup();
    const seen: string[][] = [];
    doc.host.invoke = (fn) => void fn();
    source.on_change("data", (_a, _old, value) => void seen.push(Object.keys(value as object)));
    source.data.z = [0, 0, 0];
    expect(seen).toEqual([["x", "y", "z"]]);
  });

  it("stays O(new rows): a stream after an in-place edit still appends into spare capacity", () => {
    const { doc, source, batches } = setup({ x: new Float64Array([1]) });
    source.data.x = new Float64Array([5]);
    source.stream({ x: [6] });
    source.stream({ x: [7] });
    doc.flush();
    expect(batches[0]!.map((e) => e.kind)).toEqual(["ColumnDataChanged", "ColumnsStreamed", "ColumnsStreamed"]);
    expect(Array.from(source.data.x!)).toEqual([5, 6, 7]);
    expect((source.data.x as Float64Array).buffer.byteLength).toBeGreaterThan(3 * 8);
  });

  it("in a document kept local (the browser's, as BokehJS) an edit changes only the replica until change.emit()", () => {
    const { doc, source, batches } = setup();
    keep_data_edits_local(doc);
    source.data.y = [0, 0, 0];
    doc.flush();
    expect(batches).toEqual([]);
    expect(Array.from(source.data.y!)).toEqual([0, 0, 0]);
    expect(source.get_length()).toBe(3);
    source.change.emit();
    doc.flush();
    expect(batches[0]![0]!.kind).toBe("ModelChanged");
  });
});
