/**
 * Widgets and layouts against the real BokehJS 3.10: Dash's documents are read by BokehJS's
 * own deserializer with the same types and values, BokehJS's JSON is read by Dash, and
 * Dash's property tables (names, defaults, required-ness) equal BokehJS's.
 */
import { describe, it, expect } from "vitest";
import { Document } from "../../packages/protocol/src/document/document.ts";
import { Model, registry, type ModelClass } from "../../packages/protocol/src/core/model.ts";
import { Serializer } from "../../packages/protocol/src/codec/serializer.ts";
import { every_ui_model, WIDGET_TYPES, LAYOUT_TYPES } from "../../packages/protocol/src/models/widgets/test_fixtures.ts";
import { use_bokehjs, canonical, index_models, type Json } from "./bokehjs.ts";
import { Button, Dropdown, TextInput, Slider, Select, Div } from "../../packages/protocol/src/models/widgets/index.ts";
import { Column } from "../../packages/protocol/src/models/layouts/index.ts";
import { on_event } from "../../packages/protocol/src/models/events/index.ts";

const bk = use_bokehjs();
const ALL_TYPES = [...WIDGET_TYPES, ...LAYOUT_TYPES];

/** A Dash value in the canonical form (models as {id}). */
function dash_canonical(v: unknown): Json {
  return canonical(new Serializer().encode(v) as Json);
}

function dash_doc(): { doc: Document; json: Json } {
  const { root } = every_ui_model();
  const doc = new Document();
  doc.add_root(root);
  doc.set_title("every widget");
  return { doc, json: doc.to_json().json as unknown as Json };
}

describe("BokehJS reads what Dash writes", () => {
  it("reads a document holding every widget and layout: same ids, types and attribute values", async () => {
    const { doc, json } = dash_doc();
    const read = await bk.from_json(json);
    expect(read.title).toBe("every widget");
    expect(read.roots).toEqual(doc.roots.map((r) => r.id));
    expect(read.warnings).toEqual([]);
    // BokehJS may create models of its own (none expected for these): every Dash model is there
    for (const [id, m] of doc.models) {
      expect(read.models[id]?.type, `${m.type} ${id}`).toBe(m.type);
    }
    const written = index_models(json);
    for (const [id, { type, attributes }] of Object.entries(written)) {
      for (const [attr, value] of Object.entries(attributes)) {
        expect(read.models[id]!.attributes[attr], `${type}.${attr}`).toEqual(value);
      }
    }
    // and every Dash value, written or default, is what BokehJS holds (unless BokehJS leaves it unset)
    const mine = new Set<string>(ALL_TYPES);
    for (const [id, m] of doc.models) {
      if (!mine.has(m.type)) continue; // sources are checked by their own compat tests
      const theirs = read.models[id]!.attributes;
      for (const [attr, value] of Object.entries(m.properties_with_values())) {
        if (!(attr in theirs)) continue;
        const ours = dash_canonical(value);
        if (is_model_ref(ours)) expect(theirs[attr], `${m.type}.${attr}`).toEqual(ours);
        else expect(theirs[attr], `${m.type}.${attr}`).toEqual(ours);
      }
    }
  });

  it("reads single widgets as roots (each type on its own)", async () => {
    const { by_type } = every_ui_model();
    for (const [name, model] of Object.entries(by_type)) {
      // a model is in at most one document: rebuild the fixture per type
      const fresh = every_ui_model().by_type[name]!;
      const doc = new Document();
      doc.add_root(fresh);
      const read = await bk.from_json(doc.to_json().json);
      expect(read.models[fresh.id]?.type, name).toBe(model.type);
    }
  });
});

describe("Dash reads what BokehJS writes", () => {
  it("reads BokehJS's JSON of the document it read from Dash (doc.to_json) into equal models", async () => {
    const { doc, json } = dash_doc();
    const read = await bk.from_json(json);
    const back = Document.from_json(read.json);
    for (const [id, m] of doc.models) {
      const other = back.get_model_by_id(id);
      expect(other?.type, `${m.type} ${id}`).toBe(m.type);
      for (const [attr, value] of Object.entries(m.properties_with_values())) {
        expect(dash_canonical((other as Model & Record<string, unknown>)[attr]), `${m.type}.${attr}`).toEqual(dash_canonical(value));
      }
    }
  });

  it("reads every widget and layout BokehJS makes, with all its attributes written (include_defaults)", async () => {
    const snippet = `
      const M = (name, attrs) => new (Bokeh.Models.get(name))(attrs);
      const required = {
        Slider: {start: 0, end: 10, value: 3},
        RangeSlider: {start: 0, end: 10, value: [2, 4]},
        DateSlider: {start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 11, 31), value: Date.UTC(2024, 5, 1)},
        TableColumn: {field: "x"},
        TabPanel: {child: M("Div", {text: "in a tab"})},
      };
      const names = ${JSON.stringify(ALL_TYPES)};
      return names.map((n) => M(n, required[n] ?? {}));`;
    const out = await bk.make(snippet);
    if (!registry.has("UnionRenderers")) {
      // BokehJS writes ColumnDataSource.selection_policy = UnionRenderers() (DataTable's default
      // source); until the sources owner adds that model Dash refuses it by name.
      expect(() => Document.from_json(out)).toThrowError(/unknown model type 'UnionRenderers'/);
      return;
    }
    const doc = Document.from_json(out);
    const theirs = index_models((out as { roots: Json }).roots);
    const types = new Set(doc.roots.map((r) => r.type));
    for (const name of ALL_TYPES) expect(types.has(name), name).toBe(true);
    for (const [id, { type, attributes }] of Object.entries(theirs)) {
      const m = doc.get_model_by_id(id) as (Model & Record<string, unknown>) | null;
      if (m === null) continue; // BokehJS-only models nobody references
      expect(m.type).toBe(type);
      for (const [attr, value] of Object.entries(attributes)) {
        expect(dash_canonical(m[attr]), `${type}.${attr}`).toEqual(value);
      }
    }
  });

  it("reads every widget and layout but DataTable that BokehJS makes, with all attributes written", async () => {
    const names = ALL_TYPES.filter((n) => n !== "DataTable");
    const out = await bk.make(`
      const M = (name, attrs) => new (Bokeh.Models.get(name))(attrs);
      const required = {
        Slider: {start: 0, end: 10, value: 3},
        RangeSlider: {start: 0, end: 10, value: [2, 4]},
        DateSlider: {start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 11, 31), value: Date.UTC(2024, 5, 1)},
        TableColumn: {field: "x"},
        TabPanel: {child: M("Div", {text: "in a tab"})},
      };
      return ${JSON.stringify(names)}.map((n) => M(n, required[n] ?? {}));`);
    const doc = Document.from_json(out);
    expect(doc.roots.map((r) => r.type)).toEqual(names);
    // (BokehJS also writes the document's `config`, a DocumentConfig model, which Dash ignores)
    for (const [id, { type, attributes }] of Object.entries(index_models((out as { roots: Json }).roots))) {
      const m = doc.get_model_by_id(id) as Model & Record<string, unknown>;
      expect(m?.type, `${type} ${id}`).toBe(type);
      for (const [attr, value] of Object.entries(attributes)) expect(dash_canonical(m[attr]), `${type}.${attr}`).toEqual(value);
    }
  });

  it("reads a Slider, Tabs and DataTable configured in BokehJS", async () => {
    const out = await bk.make(`
      const M = (name, attrs) => new (Bokeh.Models.get(name))(attrs);
      const source = M("ColumnDataSource", {data: {x: [1, 2, 3], s: ["a", "b", "c"]}});
      const table = M("DataTable", {source, columns: [M("TableColumn", {field: "x", formatter: M("NumberFormatter", {format: "0.0"})})], editable: true});
      const slider = M("Slider", {start: 1, end: 100, value: 10, step: 1, title: "points per tick"});
      const tabs = M("Tabs", {tabs: [M("TabPanel", {title: "t", child: slider})], active: 0});
      return [M("Column", {children: [tabs, table, M("GridBox", {children: [[M("Spacer", {width: 5}), 0, 0, 1, 2]], cols: new Map([[0, "10px"]])})]})];
    `, { include_defaults: false });
    const doc = Document.from_json(out);
    const col = doc.roots[0] as Model & { children: Model[] };
    expect(col.type).toBe("Column");
    const [tabs, table, grid] = col.children as Array<Model & Record<string, unknown>>;
    const panel = (tabs!.tabs as Array<Model & Record<string, unknown>>)[0]!;
    const slider = panel.child as Model & Record<string, unknown>;
    expect([slider.type, slider.start, slider.end, slider.value, slider.title]).toEqual(["Slider", 1, 100, 10, "points per tick"]);
    expect(table!.type).toBe("DataTable");
    expect(table!.editable).toBe(true);
    const cols = table!.columns as Array<Model & Record<string, unknown>>;
    expect((cols[0]!.formatter as Model & Record<string, unknown>).format).toBe("0.0");
    const src = table!.source as Model & { data: Record<string, unknown> };
    expect(Array.from(src.data.x as ArrayLike<number>)).toEqual([1, 2, 3]);
    expect(grid!.type).toBe("GridBox");
    expect(((grid!.children as unknown[][])[0]!).slice(1)).toEqual([0, 0, 1, 2]);
  });
});

describe("Dash's property tables equal BokehJS's", () => {
  it("declares exactly BokehJS's attributes with BokehJS's defaults", async () => {
    const defaults = await bk.defaults(ALL_TYPES);
    const problems: string[] = [];
    for (const name of ALL_TYPES) {
      const cls = registry.get(name) as ModelClass;
      const theirs = defaults[name]!;
      const ours = new cls() as Model & Record<string, unknown>;
      const our_names = new Set(cls.__props__.keys());
      const their_names = new Set([...Object.keys(theirs.attributes), ...theirs.unset]);
      for (const n of their_names) if (!our_names.has(n)) problems.push(`${name}.${n}: missing in Dash`);
      for (const n of our_names) if (!their_names.has(n)) problems.push(`${name}.${n}: not in BokehJS`);
      for (const [attr, value] of Object.entries(theirs.attributes)) {
        if (!our_names.has(attr)) continue;
        const mine = dash_canonical(ours[attr]);
        if (is_model_ref(value)) {
          // model-valued defaults (DataTable.source, TableColumn.formatter, ...): same type, fresh per instance
          if (!(ours[attr] instanceof Model)) problems.push(`${name}.${attr}: BokehJS default is a model, Dash's is ${JSON.stringify(mine)}`);
          continue;
        }
        if (JSON.stringify(mine) !== JSON.stringify(value)) problems.push(`${name}.${attr}: Dash ${JSON.stringify(mine)} != BokehJS ${JSON.stringify(value)}`);
      }
      // Unset in BokehJS (no default): Dash never writes it unless given
      for (const attr of theirs.unset) {
        const spec = cls.__props__.get(attr);
        if (spec !== undefined && !spec.def.factory) problems.push(`${name}.${attr}: unset in BokehJS, but Dash's default would be treated as a value`);
        if ([...ours.attributes_to_write()].some(([a]) => a === attr)) problems.push(`${name}.${attr}: unset in BokehJS but written by Dash`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("model-valued defaults have BokehJS's types", async () => {
    const types = await bk.evaluate((names: string[]) => {
      const Bokeh = (window as unknown as { Bokeh: { Models: { get(n: string): new () => Record<string, unknown> } } }).Bokeh;
      const out: Record<string, Record<string, string>> = {};
      for (const n of names) {
        const m = new (Bokeh.Models.get(n))();
        out[n] = {};
        for (const prop of m as unknown as Iterable<{ attr: string; is_unset: boolean; internal: boolean; get_value(): unknown }>) {
          if (prop.internal || prop.is_unset) continue;
          const v = prop.get_value() as { type?: unknown; id?: unknown } | null;
          if (v !== null && typeof v === "object" && typeof v.id === "string" && typeof v.type === "string") out[n][prop.attr] = v.type;
        }
      }
      return out;
    }, [...ALL_TYPES]);
    for (const name of ALL_TYPES) {
      const ours = new (registry.get(name)!)() as Model & Record<string, unknown>;
      for (const [attr, type] of Object.entries(types[name]!)) expect((ours[attr] as Model).type, `${name}.${attr}`).toBe(type);
    }
  });
});

function is_model_ref(v: Json): boolean {
  return v !== null && typeof v === "object" && !Array.isArray(v) && typeof v.id === "string" && Object.keys(v).length === 1;
}

describe("patches BokehJS sends are applied by Dash", () => {
  it("a BokehJS ButtonClick, MenuItemClick, ValueSubmit and widget value changes reach Dash's callbacks", async () => {
    const button = new Button({ label: "go" });
    const dropdown = new Dropdown({ menu: ["a", ["B", "b"]] });
    const text = new TextInput();
    const slider = new Slider({ start: 0, end: 10, value: 1 });
    const select = new Select({ options: ["x", "y"], value: "x" });
    const doc = new Document();
    doc.add_root(new Column({ children: [button, dropdown, text, slider, select] }));
    const seen: string[] = [];
    button.on_event("button_click", (e) => { seen.push(`${e.event_name}:${(e.model as Model).id === button.id}`); });
    on_event(dropdown, "menu_item_click", (e) => { seen.push(`menu:${e.item}`); });
    on_event(text, "value_submit", (e) => { seen.push(`submit:${e.value}`); });
    slider.on_change("value", (_a, old, value) => { seen.push(`slider:${String(old)}->${String(value)}`); });
    select.on_change("value", (_a, _old, value) => { seen.push(`select:${String(value)}`); });
    const content = await bk.patch(doc.to_json().json, `
      const get = (id) => doc.get_model_by_id(id);
      const send = (ev, model) => { ev.origin = model; doc.event_manager.send_event(ev); };
      send(new bokeh_events.ButtonClick(), get(${JSON.stringify(button.id)}));
      send(new bokeh_events.MenuItemClick("b"), get(${JSON.stringify(dropdown.id)}));
      send(new bokeh_events.ValueSubmit("typed"), get(${JSON.stringify(text.id)}));
      get(${JSON.stringify(slider.id)}).value = 7;
      get(${JSON.stringify(select.id)}).value = "y";`);
    expect(content.events.map((e) => (e as { kind: string }).kind)).toEqual(["MessageSent", "MessageSent", "MessageSent", "ModelChanged", "ModelChanged"]);
    doc.apply_events(content);
    expect(seen).toEqual(["button_click:true", "menu:b", "submit:typed", "slider:1->7", "select:y"]);
    expect(slider.value).toBe(7);
  });

  it("a BokehJS tap / selection geometry / ranges update arrive with BokehJS's payloads", async () => {
    const target = new Div();
    const doc = new Document();
    doc.add_root(target);
    const got: unknown[] = [];
    on_event(target, "tap", (e) => { got.push(["tap", e.sx, e.sy, e.x, e.y, e.modifiers.shift]); });
    on_event(target, "selection_geometry", (e) => { got.push(["sel", e.geometry.type, e.final]); });
    on_event(target, "ranges_update", (e) => { got.push(["ranges", e.x0, e.x1, e.y0, e.y1]); });
    on_event(target, "mouse_wheel", (e) => { got.push(["wheel", e.delta]); });
    const content = await bk.patch(doc.to_json().json, `
      const m = doc.get_model_by_id(${JSON.stringify(target.id)});
      const send = (ev) => { ev.origin = m; doc.event_manager.send_event(ev); };
      const mods = {shift: true, ctrl: false, alt: false};
      send(new bokeh_events.Tap(10, 20, 0.5, 1.5, mods));
      send(new bokeh_events.SelectionGeometry({type: "rect", sx0: 0, sx1: 1, sy0: 0, sy1: 1, x0: 0, x1: 2, y0: 0, y1: 3}, true));
      send(new bokeh_events.RangesUpdate(0, 1, 2, 3));
      send(new bokeh_events.MouseWheel(1, 2, 3, 4, -120, mods));`);
    doc.apply_events(content);
    expect(got).toEqual([["tap", 10, 20, 0.5, 1.5, true], ["sel", "rect", true], ["ranges", 0, 1, 2, 3], ["wheel", -120]]);
  });
});

