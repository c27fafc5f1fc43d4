import { describe, it, expect } from "vitest";
import { Document } from "../../document/document.ts";
import { encode_events } from "../../codec/serializer.ts";
import { ErrorCode } from "../../errors.ts";
import { ColumnDataSource } from "../sources/column_data_source.ts";
import { Slider, Button } from "../widgets/index.ts";
import { Range1d } from "../ranges/index.ts";
import { CustomJS } from "./customjs.ts";
import { Callback } from "./callback.ts";
import type { Batch } from "../../document/events.ts";
import type { Model } from "../../core/model.ts";

function setup(): { doc: Document; slider: Slider; source: ColumnDataSource; cb: CustomJS } {
  const doc = new Document();
  const source = new ColumnDataSource({ data: { x: [1, 2, 3] } });
  const cb = new CustomJS({ args: { source, scale: 2, names: ["a"] }, code: "source.change.emit()" });
  const slider = new Slider({ start: 0, end: 10, value: 1 });
  slider.js_on_change("value", cb);
  doc.add_root(slider);
  return { doc, slider, source, cb };
}

describe("CustomJS", () => {
  it("has BokehJS's attributes and defaults", () => {
    const cb = new CustomJS();
    expect(cb).toBeInstanceOf(Callback);
    expect(cb.args).toEqual({});
    expect(cb.code).toBe("");
    expect(cb.module).toBe("auto");
    expect(new CustomJS({ module: true }).module).toBe(true);
    expect(() => new CustomJS({ module: "yes" as "auto" })).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
  });

  it("js_on_change keys attributes as change:<attr>, other events as given, skipping duplicates", () => {
    const s = new Slider({ start: 0, end: 10, value: 1 });
    const a = new CustomJS({ code: "1" }), b = new CustomJS({ code: "2" });
    s.js_on_change("value", a);
    s.js_on_change("value", a, b);
    s.js_on_change("change:title", b);
    const src = new ColumnDataSource();
    src.js_on_change("stream", a);
    expect(Object.keys(s.js_property_callbacks)).toEqual(["change:value", "change:title"]);
    expect(s.js_property_callbacks["change:value"]).toEqual([a, b]);
    expect(src.js_property_callbacks).toEqual({ stream: [a] });
    expect(() => s.js_on_change("value")).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));

    const btn = new Button();
    btn.js_on_event("button_click", a);
    btn.js_on_event("button_click", a, b);
    expect(btn.js_event_callbacks).toEqual({ button_click: [a, b] });
    expect(btn.subscribed_events.size).toBe(0); // the server is not told about client-side callbacks
  });

  it("only callbacks go in js_property_callbacks / js_event_callbacks", () => {
    const s = new Slider({ start: 0, end: 10, value: 1 });
    expect(() => s.setv({ js_property_callbacks: { "change:value": [new Range1d()] } })).toThrowError(/Instance\(Callback\)/);
    expect(() => s.setv({ js_event_callbacks: { x: ["code"] } })).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
  });

  it("callbacks and the models in their args are document references", () => {
    const { doc, slider, source, cb } = setup();
    expect(doc.get_model_by_id(cb.id)).toBe(cb);
    expect(doc.get_model_by_id(source.id)).toBe(source);
    expect(slider.references()).toEqual(new Set([slider, cb, source, source.selected, source.selection_policy]));
  });

  it("round-trips through JSON with args as references", () => {
    const { doc, slider, source, cb } = setup();
    const { json } = doc.to_json();
    const text = JSON.stringify(json);
    // the source is written in full once, inside the callback's args (as Bokeh does)
    expect(text.split(`"name":"ColumnDataSource","id":"${source.id}"`).length - 1).toBe(1);
    const copy = Document.from_json(JSON.parse(text));
    const s2 = copy.get_model_by_id(slider.id) as Slider;
    const [cb2] = s2.js_property_callbacks["change:value"]!;
    expect(cb2).toBeInstanceOf(CustomJS);
    expect(cb2!.id).toBe(cb.id);
    const args = (cb2 as CustomJS).args;
    expect(args.source).toBe(copy.get_model_by_id(source.id));
    expect(args.source).toBeInstanceOf(ColumnDataSource);
    expect(args.scale).toBe(2);
    expect(args.names).toEqual(["a"]);
    expect((cb2 as CustomJS).code).toBe("source.change.emit()");
  });

  it("a callback added later travels in the patch in full, known models as references", () => {
    const { doc, slider, source } = setup();
    doc.flush();
    const setup_json = doc.to_json().json;
    const later = new CustomJS({ args: { source }, code: "cb_obj" });
    slider.js_on_change("value_throttled", later);
    const batch = doc.flush() as Batch & { new_models: ReadonlySet<Model> };
    expect(doc.get_model_by_id(later.id)).toBe(later);
    const { json } = encode_events(batch.events, { known: (m) => !batch.new_models.has(m) });
    // as Bokeh writes it: the new callback in full, the known source as {id}
    expect(json.events).toEqual([{
      kind: "ModelChanged", model: { id: slider.id }, attr: "js_property_callbacks",
      new: { type: "map", entries: [
        ["change:value", [{ id: slider.js_property_callbacks["change:value"]![0]!.id }]],
        ["change:value_throttled", [{ type: "object", name: "CustomJS", id: later.id, attributes: {
          args: { type: "map", entries: [["source", { id: source.id }]] }, code: "cb_obj",
        } }]],
      ] },
    }]);
    // a peer applying it gets the callback, its args resolved to the peer's source
    const peer = Document.from_json(JSON.parse(JSON.stringify(setup_json)));
    peer.apply_events(JSON.parse(JSON.stringify(json)));
    const cb2 = (peer.get_model_by_id(slider.id) as Slider).js_property_callbacks["change:value_throttled"]![0] as CustomJS;
    expect(cb2.args.source).toBe(peer.get_model_by_id(source.id));
  });

  it("ColumnDataSource.change.emit() makes an in-place edit of data a change", () => {
    const { doc, source } = setup();
    doc.flush();
    const x = source.data.x as Float64Array;
    x[1] = 20;
    source.change.emit();
    const batch = doc.flush()!;
    expect(batch.events).toMatchObject([{ kind: "ModelChanged", model: source, attr: "data" }]);
    expect(Array.from(source.data.x!)).toEqual([1, 20, 3]);
    expect(source.data.x).not.toBe(x);
  });
});
