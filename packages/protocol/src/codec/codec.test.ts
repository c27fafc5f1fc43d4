import { describe, it, expect } from "vitest";
import { Document } from "../document/document.ts";
import { define, p, HasProps, Model } from "../core/model.ts";
import * as k from "../core/kinds.ts";
import { NumberSpec, ColorSpec, ColumnDataKind } from "../core/specs.ts";
import { ColumnDataSource } from "../models/index.ts";
import { Serializer, encode_events } from "./serializer.ts";
import { Deserializer } from "./deserializer.ts";
import { base64_encode, base64_to_bytes, bytes_to_base64, ndarray, shape_of } from "./bytes.ts";
import { gzipSync } from "fflate";

class Kinds extends define("TestKinds", HasProps, {
  num: p(k.Number, 0),
  int: p(k.Int, 0),
  str: p(k.String, ""),
  bool: p(k.Bool, false),
  enm: p(k.Enum("a", "b"), "a"),
  color: p(k.Color, "red"),
  nullable: p(k.Nullable(k.Number), null),
  list: p(k.List(k.Number), () => []),
  tuple: p(k.Tuple(k.String, k.Number), () => ["x", 1] as [string, number]),
  map: p(k.Map(k.Number, k.String), () => new Map<number, string>()),
  dict: p(k.Dict(k.Number), () => ({})),
  set: p(k.Set(k.String), () => new Set<string>()),
  ref: p(k.Nullable(k.Ref(() => Model)), null),
  spec: p(NumberSpec, () => ({ value: 1 })),
  colspec: p(ColorSpec, () => ({ value: "blue" })),
  cols: p(ColumnDataKind, () => ({})),
}) {}

function roundtrip<T extends Model>(m: T, binary: boolean): T {
  const doc = new Document();
  doc.add_root(m);
  const s = new Serializer({ binary });
  const json = JSON.parse(JSON.stringify(s.encode(m)));
  const d = new Deserializer(() => undefined, new Map(s.buffers.map(([id, b]) => [id, new Uint8Array(b)])));
  return d.decode(json) as T;
}

describe("codec", () => {
  for (const binary of [true, false]) {
    it(`round-trips every property kind exactly (${binary ? "binary buffers" : "base64"})`, () => {
      const other = new Kinds({ str: "other" });
      const m = new Kinds({
        num: NaN, int: 3, str: "héllo", bool: true, enm: "b", color: [1, 2, 3, 0.5], nullable: -Infinity,
        list: [1, Infinity, 3], tuple: ["y", 2], map: new Map([[1, "one"], [2, "two"]]), dict: { a: 1, b: NaN },
        set: new Set(["p", "q"]), ref: other, spec: { field: "x", transform: other }, colspec: "#ff000080",
        cols: {
          f64: new Float64Array([1.5, NaN, -2]), f32: new Float32Array([1, 2]).subarray(0, 2), i32: new Int32Array([-1, 7]),
          u8: new Uint8Array([1, 255]), i16: new Int16Array([-3, 4]), u16: new Uint16Array([9, 8]), u32: new Uint32Array([1, 2]), i8: new Int8Array([-1, 1]),
          s: ["a", "b"],
        },
      });
      const r = roundtrip(m, binary);
      for (const name of ["num", "int", "str", "bool", "enm", "color", "nullable", "list", "tuple", "map", "dict", "set", "colspec"] as const) {
        expect(r[name], name).toEqual(m[name]);
      }
      expect((r.ref as Kinds).str).toBe("other");
      expect(r.spec).toMatchObject({ field: "x" });
      expect(((r.spec as unknown as { transform: Kinds }).transform).id).toBe(other.id);
      for (const [name, col] of Object.entries(m.cols)) {
        expect(r.cols[name]!.constructor, name).toBe(col.constructor);
        expect(Array.from(r.cols[name] as ArrayLike<unknown>), name).toEqual(Array.from(col as ArrayLike<unknown>));
      }
    });
  }

  it("writes Bokeh 3 reps: full object once then {id}, only non-default attributes, nan/inf, maps, ndarray", () => {
    const child = new Kinds();
    const m = new Kinds({ num: NaN, list: [Infinity], ref: child, dict: { a: 1 }, cols: { x: new Float64Array([1]) } });
    const holder = new Kinds({ ref: m });
    const s = new Serializer({ binary: true });
    const json = s.encode([holder, m]) as unknown[];
    expect(json[1]).toEqual({ id: m.id });
    const rep = (json[0] as { attributes: { ref: { attributes: Record<string, unknown> } } }).attributes.ref;
    expect(rep).toMatchObject({ type: "object", name: "TestKinds", id: m.id });
    expect(rep.attributes.num).toEqual({ type: "number", value: "nan" });
    expect(rep.attributes.list).toEqual([{ type: "number", value: "+inf" }]);
    expect(rep.attributes.dict).toEqual({ type: "map", entries: [["a", 1]] });
    expect(rep.attributes.cols).toEqual({
      type: "map",
      entries: [["x", { type: "ndarray", array: { type: "bytes", data: { id: "0" } }, shape: [1], dtype: "float64", order: "little" }]],
    });
    expect(rep.attributes).not.toHaveProperty("str");
    expect(rep.attributes.ref).toEqual({ type: "object", name: "TestKinds", id: child.id });
    expect(s.buffers).toHaveLength(1);
  });

  it("writes base64 bytes gzip-compressed as BokehJS 3.10 does, and reads plain base64 from older Bokeh", () => {
    const bytes = new Uint8Array(new Float64Array([1, 2, 3]).buffer);
    const b64 = bytes_to_base64(bytes);
    const raw = base64_to_bytes(b64)!;
    expect(Array.from(raw)).toEqual(Array.from(bytes));
    expect(Array.from(base64_to_bytes(base64_encode(bytes))!)).toEqual(Array.from(bytes));
    expect(Array.from(base64_to_bytes(base64_encode(gzipSync(bytes)))!)).toEqual(Array.from(bytes));
    expect(base64_to_bytes("not base64!")).toBeNull();
  });

  it("honours dtype byte order and n-d shapes", () => {
    const big = new Uint8Array([0x3f, 0xf0, 0, 0, 0, 0, 0, 0]); // 1.0 big-endian
    const d = new Deserializer(() => undefined, new Map([["b", big]]));
    const v = d.decode({ type: "ndarray", array: { type: "bytes", data: { id: "b" } }, shape: [1], dtype: "float64", order: "big" }) as Float64Array;
    expect(Array.from(v)).toEqual([1]);
    const img = ndarray(new Float32Array(6), [2, 3]);
    const s = new Serializer({ binary: false });
    const back = new Deserializer(() => undefined).decode(JSON.parse(JSON.stringify(s.encode(img)))) as Float32Array;
    expect(shape_of(back)).toEqual([2, 3]);
  });

  it("reads typed arrays from received buffers without copying when aligned", () => {
    const payload = new Uint8Array(new Float64Array([4, 5]).buffer);
    const d = new Deserializer(() => undefined, new Map([["0", payload]]));
    const v = d.decode({ type: "ndarray", array: { type: "bytes", data: { id: "0" } }, shape: [2], dtype: "float64", order: "little" }) as Float64Array;
    expect(v.buffer).toBe(payload.buffer);
  });

  it("reads BokehJS typed_array reps, sets, slices, dates and UI events", () => {
    const bytes = new Uint8Array(new Int32Array([7, 8]).buffer);
    const m = new Kinds();
    const d = new Deserializer((id) => (id === m.id ? m : null), new Map([["0", bytes]]));
    expect(Array.from(d.decode({ type: "typed_array", array: { type: "bytes", data: { id: "0" } }, order: "little", dtype: "int32" }) as Int32Array)).toEqual([7, 8]);
    expect(d.decode({ type: "set", entries: ["a"] })).toEqual(new Set(["a"]));
    expect(d.decode({ type: "slice", start: 1, stop: null, step: null })).toEqual({ start: 1, stop: null, step: null });
    expect(d.decode({ type: "date", iso: "2020-01-01T00:00:00.000Z" })).toBe(Date.UTC(2020, 0, 1));
    expect(d.decode({ type: "event", name: "tap", values: { type: "map", entries: [["model", { id: m.id }], ["x", 1]] } })).toEqual({ event_name: "tap", model: m, x: 1 });
  });

  it("rejects malformed input with typed errors", () => {
    const d = new Deserializer(() => undefined);
    expect(() => d.decode({ type: "nonsense" })).toThrowError(/unable to decode/);
    expect(() => d.decode({ id: "nope" })).toThrowError(expect.objectContaining({ code: "DASH_ERR_UNKNOWN_REFERENCE" }));
    expect(() => d.decode({ type: "object", name: "Nope", id: "x" })).toThrowError(expect.objectContaining({ code: "DASH_ERR_UNKNOWN_MODEL" }));
    expect(() => d.decode({ type: "ndarray", array: { type: "bytes", data: "AAAA" }, dtype: "float64", shape: [1] })).toThrowError(/multiple/);
    expect(() => d.decode({ type: "bytes", data: { id: "missing" } })).toThrowError(/not found/);
  });
});

describe("events round trip", () => {
  it("every event kind applied to a replica leaves it equal to the source document", () => {
    const doc = new Document();
    const source = new ColumnDataSource({ data: { x: new Float64Array([1, 2, 3]), s: ["a", "b", "c"] } });
    const a = new Kinds({ ref: source });
    doc.add_root(a);
    doc.add_root(source);
    doc.title = "one";
    const replica = Document.from_json(JSON.parse(JSON.stringify(doc.to_json().json)));
    doc.flush();
    const sent: Array<{ json: unknown; buffers: Map<string, Uint8Array> }> = [];
    doc.on_batch((b) => {
      const { json, buffers } = encode_events(b.events, { binary: true, known: (m) => !b.new_models.has(m) });
      sent.push({ json: JSON.parse(JSON.stringify(json)), buffers: new Map(buffers.map(([id, v]) => [id, v.slice()])) });
    });
    a.num = NaN;
    a.ref = new Kinds({ str: "fresh" });
    source.data = { x: new Float64Array([9]), s: ["z"] };
    source.stream({ x: [10, 11], s: ["y", "w"] }, 2);
    source.patch({ x: [[0, 100]], s: [[{ start: 1, stop: 2 }, ["q"]]] });
    const b = new Kinds({ str: "root2" });
    doc.add_root(b);
    doc.title = "two";
    doc.send_message("custom", { hello: 1 });
    doc.flush();
    doc.remove_root(b);
    doc.flush();
    for (const { json, buffers } of sent) replica.apply_events(json, buffers, "server");
    expect(replica.title).toBe("two");
    expect(replica.roots.map((r) => r.id)).toEqual(doc.roots.map((r) => r.id));
    const ra = replica.get_model_by_id(a.id) as Kinds;
    expect(ra.num).toBeNaN();
    expect((ra.ref as Kinds).str).toBe("fresh");
    const rs = replica.get_model_by_id(source.id) as ColumnDataSource;
    expect(Array.from(rs.data.x as Float64Array)).toEqual([100, 11]);
    expect(rs.data.s).toEqual(["y", "q"]);
    expect(replica.models.size).toBe(doc.models.size);
  });
});
