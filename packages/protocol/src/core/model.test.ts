import { describe, expect, it } from "vitest";
import { Document, HasProps, type Model, define, p, kinds, ColumnDataSource, Slider, figure } from "../index.ts";

const { Number: Float, List, Ref, Nullable, String: Str } = kinds;

class Leaf extends define("I15Leaf", HasProps, { n: p(Float, 1) }) {}
class Holder extends define("I15Holder", HasProps, {
  label: p(Nullable(Str), null),
  values: p(List(Float), () => []),
  child: p(Ref(() => Leaf, "I15Leaf"), () => new Leaf()),
  leaves: p(List(Ref(() => Leaf, "I15Leaf")), () => []),
}) {}

function attrs_of(m: Model): Record<string, unknown> {
  return Object.fromEntries(m.attributes_to_write());
}

describe("model attribute storage", () => {
  it("keeps only set values and model-making defaults on the instance; other defaults come from the class", () => {
    const h = new Holder({ label: "a" });
    expect(Object.keys(h._v).sort()).toEqual(["child", "label"]);
    expect(h.values).toEqual([]);
    expect(h.tags).toEqual([]);
    expect(h.syncable).toBe(true);
    expect(Object.keys(h._v).sort()).toEqual(["child", "label", "tags", "values"]);
  });

  it("gives every instance its own factory default, made on first read", () => {
    const a = new Holder(), b = new Holder();
    a.values.push(1);
    expect(b.values).toEqual([]);
    expect(a.values).not.toBe(b.values);
    a.subscribed_events.add("x");
    expect(b.subscribed_events.size).toBe(0);
  });

  it("makes model defaults at construction, each instance its own", () => {
    const a = new Holder(), b = new Holder();
    expect(a.child).toBeInstanceOf(Leaf);
    expect(a.child).not.toBe(b.child);
    expect([...a.references()]).toContain(a.child);
  });

  it("serializes what it did before: set values, and fresh defaults holding models", () => {
    const h = new Holder({ label: "x" });
    expect(Object.keys(attrs_of(h)).sort()).toEqual(["child", "label"]);
    h.leaves.push(new Leaf()); // a lazy default mutated in place to hold a model is written
    h.values.push(2); // a lazy non-model default mutated in place is not (as before)
    expect(Object.keys(attrs_of(h)).sort()).toEqual(["child", "label", "leaves"]);
  });

  it("round-trips a document through to_json/from_json with equal attributes", () => {
    const doc = new Document();
    const source = new ColumnDataSource({ data: { x: [1, 2], y: [3, 4] } });
    const p1 = figure({ title: "t" });
    p1.line({ x: "x", y: "y", source });
    doc.add_root(p1);
    doc.add_root(new Slider({ start: 0, end: 1, value: 0.5, step: 0.1 }));
    const { json } = doc.to_json();
    const copy = Document.from_json(JSON.parse(JSON.stringify(json)));
    for (const m of doc.roots[0]!.references()) {
      const other = copy.get_model_by_id(m.id)!;
      expect(Object.keys(Object.fromEntries(other.attributes_to_write())).sort(), m.toString()).toEqual(Object.keys(Object.fromEntries(m.attributes_to_write())).sort());
    }
  });

  it("refuses a bad value on a default-backed attribute and keeps the default", () => {
    const h = new Holder();
    expect(() => h.setv({ values: "no" })).toThrow(/I15Holder\.values/);
    expect(h.values).toEqual([]);
    expect(h._is_set("values")).toBe(false);
  });
});

describe("required attributes", () => {
  it("are serialized even at Dash's default, as BokehJS has none (CustomJS.code, Label.x/y)", async () => {
    const { CustomJS } = await import("../models/callbacks/customjs.ts");
    const { Label } = await import("../models/annotations/label.ts");
    expect(Object.fromEntries(new CustomJS().attributes_to_write())).toHaveProperty("code", "");
    const written = Object.fromEntries(new Label().attributes_to_write());
    expect(written).toHaveProperty("x", 0);
    expect(written).toHaveProperty("y", 0);
  });
});
