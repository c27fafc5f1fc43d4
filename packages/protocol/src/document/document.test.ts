import { describe, it, expect } from "vitest";
import { Document } from "./document.ts";
import { ColumnDataSource } from "../models/sources/column_data_source.ts";
import { Selection } from "../models/selections/selection.ts";
import { define, p, HasProps, Model } from "../core/model.ts";
import { Number as Num, String as Str, Nullable, Ref, List } from "../core/kinds.ts";
import { NumberSpec, ColorSpec } from "../core/specs.ts";
import { ErrorCode, DashError } from "../errors.ts";
import { encode_events } from "../codec/serializer.ts";
import type { Batch } from "./events.ts";

class Thing extends define("TestThing", HasProps, {
  value: p(Num, 1),
  label: p(Str, ""),
  child: p(Nullable(Ref(() => Model)), null),
  others: p(List(Ref(() => Model)), () => []),
  size: p(NumberSpec, () => ({ value: 4 })),
  color: p(ColorSpec, () => ({ value: "black" })),
}) {}

function batches(doc: Document): Batch[] {
  const out: Batch[] = [];
  doc.on_batch((b) => out.push(b));
  return out;
}

describe("Document", () => {
  it("tracks models reachable from roots and drops unreachable ones at flush", () => {
    const doc = new Document();
    const a = new Thing();
    const b = new Thing();
    a.child = b;
    doc.add_root(a);
    expect(doc.get_model_by_id(b.id)).toBe(b);
    const c = new Thing();
    a.others = [c];
    expect(c.document).toBe(doc);
    a.child = null;
    doc.flush();
    expect(doc.get_model_by_id(b.id)).toBeNull();
    expect(b.document).toBeNull();
    expect(doc.get_model_by_id(c.id)).toBe(c);
  });

  it("refuses a model that belongs to another document and stores nothing", () => {
    const d1 = new Document();
    const d2 = new Document();
    const shared = new Thing();
    d1.add_root(shared);
    const a = new Thing();
    d2.add_root(a);
    expect(() => (a.child = shared)).toThrowError(expect.objectContaining({ code: ErrorCode.MODEL_IN_OTHER_DOCUMENT }));
    expect(a.child).toBeNull();
  });

  it("bumps the version once per batch and groups a turn's changes into one batch", async () => {
    const doc = new Document();
    const got = batches(doc);
    const a = new Thing();
    doc.add_root(a);
    a.value = 2;
    a.label = "x";
    await Promise.resolve();
    expect(got).toHaveLength(1);
    expect(got[0]!.version).toBe(1);
    expect(got[0]!.events.map((e) => e.kind)).toEqual(["RootAdded", "ModelChanged", "ModelChanged"]);
    a.value = 3;
    await Promise.resolve();
    expect(got[1]!.version).toBe(2);
  });

  it("hold('combine') keeps only the last change per model and attribute; 'collect' keeps all", () => {
    const doc = new Document();
    const got = batches(doc);
    const a = new Thing();
    doc.add_root(a);
    doc.flush();
    doc.hold("combine");
    a.value = 5;
    a.value = 6;
    a.label = "z";
    doc.unhold();
    expect(got[1]!.events).toHaveLength(2);
    expect(got[1]!.events[0]).toMatchObject({ kind: "ModelChanged", attr: "value", new: 6 });
    doc.hold("collect");
    a.value = 7;
    a.value = 8;
    doc.unhold();
    expect(got[2]!.events).toHaveLength(2);
  });

  it("a bad value names model, attribute, expected kind and received value, and changes nothing", () => {
    const a = new Thing({ value: 3 });
    let err: unknown;
    try {
      a.setv({ label: "ok", value: "nope" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DashError);
    expect((err as DashError).code).toBe(ErrorCode.BAD_VALUE);
    expect((err as Error).message).toContain("TestThing.value expected Number, got \"nope\"");
    expect(a.value).toBe(3);
    expect(a.label).toBe("");
    expect(() => new Thing({ bogus: 1 } as never)).toThrowError(/TestThing has no attribute 'bogus'/);
  });

  it("normalises data specs: column names to {field}, values to {value}, colours as values", () => {
    const a = new Thing({ size: "s", color: "red" });
    expect(a.size).toEqual({ field: "s" });
    expect(a.color).toEqual({ value: "red" });
    a.color = "colname";
    expect(a.color).toEqual({ field: "colname" });
    a.size = 7;
    expect(a.size).toEqual({ value: 7 });
  });

  it("on_change callbacks get attr, old and new", () => {
    const a = new Thing();
    const seen: unknown[] = [];
    a.on_change("value", (attr, old, value) => void seen.push([attr, old, value]));
    a.value = 9;
    a.value = 9;
    expect(seen).toEqual([["value", 1, 9]]);
  });

  it("round-trips through JSON with nested references and a cycle", () => {
    const doc = new Document();
    const a = new Thing({ label: "a" });
    const b = new Thing({ label: "b", child: a });
    a.child = b; // cycle
    a.others = [new Selection({ indices: [1, 2] })];
    doc.add_root(a);
    doc.title = "t";
    const { json } = doc.to_json();
    const copy = Document.from_json(JSON.parse(JSON.stringify(json)));
    expect(copy.title).toBe("t");
    const a2 = copy.roots[0] as Thing;
    expect(a2.label).toBe("a");
    const b2 = a2.child as Thing;
    expect(b2.label).toBe("b");
    expect(b2.child).toBe(a2);
    expect((a2.others[0] as Selection).indices).toEqual([1, 2]);
    expect(copy.models.size).toBe(doc.models.size);
  });

  it("applies a peer's patch atomically: one bad event leaves the document unchanged", () => {
    const doc = new Document();
    const a = new Thing({ value: 1 });
    doc.add_root(a);
    doc.flush();
    const bad = {
      events: [
        { kind: "ModelChanged", model: { id: a.id }, attr: "value", new: 5 },
        { kind: "ModelChanged", model: { id: a.id }, attr: "label", new: 12 },
      ],
    };
    expect(() => doc.apply_events(bad)).toThrowError(/TestThing.label expected String/);
    expect(a.value).toBe(1);
    const v = doc.apply_events({ events: [{ kind: "ModelChanged", model: { id: a.id }, attr: "value", new: 5 }] }, new Map(), "conn1");
    expect(a.value).toBe(5);
    expect(v).toBe(doc.version);
    expect(() => doc.apply_events({ events: [{ kind: "ModelChanged", model: { id: "nope" }, attr: "value", new: 5 }] })).toThrowError(
      expect.objectContaining({ code: ErrorCode.UNKNOWN_REFERENCE }),
    );
    expect(() => doc.apply_events({ events: [{ kind: "RootAdded", model: { type: "object", name: "NoSuchModel", id: "x1" } }] })).toThrowError(
      expect.objectContaining({ code: ErrorCode.UNKNOWN_MODEL }),
    );
  });

  it("marks events from a peer with their origin and server-side reactions without", () => {
    const doc = new Document();
    const got = batches(doc);
    const a = new Thing();
    doc.add_root(a);
    doc.flush();
    a.on_change("value", () => {
      a.label = "reacted";
    });
    doc.apply_events({ events: [{ kind: "ModelChanged", model: { id: a.id }, attr: "value", new: 2 }] }, new Map(), "c1");
    const events = got.at(-1)!.events;
    expect(events.map((e) => [e.kind, e.origin])).toEqual([["ModelChanged", "c1"], ["ModelChanged", undefined]]);
  });

  it("writes models new since the last batch in full and known ones as references", () => {
    const doc = new Document();
    const got: Array<Batch & { new_models: ReadonlySet<Model> }> = [];
    doc.on_batch((b) => got.push(b));
    const a = new Thing();
    doc.add_root(a);
    doc.flush();
    const b = new Thing({ label: "new" });
    a.child = b;
    const batch = doc.flush()!;
    const { json } = encode_events(batch.events, { known: (m) => !got.at(-1)!.new_models.has(m) });
    expect(json.events[0]).toMatchObject({ kind: "ModelChanged", model: { id: a.id }, new: { type: "object", name: "TestThing", id: b.id } });
  });
});

describe("ColumnDataSource", () => {
  it("refuses columns of unequal length", () => {
    expect(() => new ColumnDataSource({ data: { x: [1, 2], y: [1] } })).toThrowError(expect.objectContaining({ code: ErrorCode.COLUMN_LENGTH }));
  });

  it("streams with rollover keeping the last rows, numeric columns as typed arrays", () => {
    const s = new ColumnDataSource({ data: { x: [1, 2, 3], name: ["a", "b", "c"] } });
    expect(s.data.x).toBeInstanceOf(Float64Array);
    for (let i = 0; i < 100; i++) s.stream({ x: [i + 4], name: [`n${i}`] }, 5);
    expect(Array.from(s.data.x as Float64Array)).toEqual([99, 100, 101, 102, 103]);
    expect(s.data.name).toEqual(["n95", "n96", "n97", "n98", "n99"]);
  });

  it("refuses a stream whose columns do not match the source, and an out-of-range patch", () => {
    const s = new ColumnDataSource({ data: { x: [1, 2, 3], y: [4, 5, 6] } });
    expect(() => s.stream({ x: [1] })).toThrowError(/missing: \["y"\]/);
    expect(() => s.patch({ x: [[3, 1]] })).toThrowError(expect.objectContaining({ code: ErrorCode.PATCH_RANGE }));
    s.patch({ x: [[0, 10], [{ start: 1, stop: 3 }, [20, 30]]] });
    expect(Array.from(s.data.x as Float64Array)).toEqual([10, 20, 30]);
  });

  it("emits ColumnsStreamed with only the new rows", () => {
    const doc = new Document();
    const s = new ColumnDataSource({ data: { x: new Float64Array([1]) } });
    doc.add_root(s);
    doc.flush();
    s.stream({ x: new Float64Array([2, 3]) }, 10);
    const b = doc.flush()!;
    expect(b.events[0]).toMatchObject({ kind: "ColumnsStreamed", rollover: 10 });
    expect(Array.from((b.events[0] as unknown as { data: { x: Float64Array } }).data.x)).toEqual([2, 3]);
  });
});

describe("resync (replace_with_json)", () => {
  it("puts back attributes whose Bokeh default is unset (FileInput.value) and tells on_change", async () => {
    const { FileInput } = await import("../models/catalog/models.gen.ts");
    const doc = new Document();
    const f = new FileInput({ id: "f", value: "aGk=", filename: "hi.txt", mime_type: "text/plain" });
    doc.add_root(f);
    const fresh = new Document();
    fresh.add_root(new FileInput({ id: "f" }));
    const seen: unknown[] = [];
    f.on_change("value", (_a, _o, v) => {
      seen.push(v);
    });
    doc.replace_with_json(fresh.to_json().json);
    expect(doc.get_model_by_id("f")).toBe(f);
    expect(f._is_set("value")).toBe(false);
    expect(f.value).toBe((FileInput as unknown as { __props__: Map<string, { def: { default: unknown } }> }).__props__.get("value")!.def.default);
    expect(seen).toHaveLength(1);
    // the document still serializes and re-reads
    expect(() => Document.from_json(doc.to_json().json)).not.toThrow();
  });
});
