/**
 * One of every model type Dash declares (BokehJS 3.10's whole registry, concrete types):
 * the document round-trips through Dash's to_json/from_json with equal attributes, and the
 * real BokehJS 3.10 reads it with the same ids and types.
 */
import { describe, it, expect } from "vitest";
import { Document } from "../../packages/protocol/src/document/document.ts";
import { Model, registry } from "../../packages/protocol/src/core/model.ts";
import { bokeh_bases } from "../../packages/protocol/src/models/index.ts";
import { Serializer } from "../../packages/protocol/src/codec/serializer.ts";
import { use_bokehjs, canonical, type Json } from "./bokehjs.ts";
import { concrete_names, every_model_doc, required } from "../support/every_model.ts";

const bk = use_bokehjs();

const dash_json = (v: unknown): Json => canonical(new Serializer().encode(v) as Json);

describe("a document with one of every model type", () => {
  it("holds every concrete BokehJS type and round-trips through Dash with equal attributes", () => {
    const doc = every_model_doc();
    const types = new Set([...doc.models.values()].map((m) => m.type));
    const concrete = Object.keys(bokeh_bases).filter((n) => registry.has(n) && !registry.get(n)!.__abstract__);
    for (const n of concrete) expect(types, n).toContain(n);
    expect(concrete.length).toBeGreaterThan(340);
    const copy = Document.from_json(JSON.parse(JSON.stringify(doc.to_json().json)));
    expect(copy.models.size).toBe(doc.models.size);
    for (const m of doc.models.values()) {
      const m2 = copy.get_model_by_id(m.id) as Model;
      expect(m2.constructor, m.type).toBe(m.constructor);
      expect(dash_json(m2.properties_with_values()), m.type).toEqual(dash_json(m.properties_with_values()));
    }
  });

  it("is read by BokehJS 3.10 with the same ids and types", async () => {
    const doc = every_model_doc();
    const read = await bk.from_json(doc.to_json().json);
    expect(read.roots).toEqual(doc.roots.map((r) => r.id));
    for (const [id, m] of doc.models) expect(read.models[id]?.type, m.type).toBe(m.type);
  });

  it("each model alone is read by BokehJS 3.10", async () => {
    const refused: string[] = [];
    for (const name of concrete_names()) {
      const doc = new Document();
      doc.add_root(new (registry.get(name)!)(required(name)));
      try {
        await bk.from_json(doc.to_json().json);
      } catch (e) {
        refused.push(`${name}: ${String(e).split("\n")[0]}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
