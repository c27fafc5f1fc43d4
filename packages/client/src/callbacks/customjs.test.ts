import { describe, it, expect, vi, afterEach } from "vitest";
import { Button, ColumnDataSource, CustomJS, Div, Document, Slider } from "@dash/protocol";
import { run_event_callbacks, watch_property_callbacks } from "./customjs.ts";

function app(code: string): { doc: Document; slider: Slider; source: ColumnDataSource; div: Div } {
  const doc = new Document();
  const source = new ColumnDataSource({ data: { x: [1, 2, 3], y: [0, 0, 0] } });
  const div = new Div({ text: "" });
  const slider = new Slider({ start: 0, end: 10, value: 1 });
  slider.js_on_change("value", new CustomJS({ args: { source, div, k: 10 }, code }));
  doc.add_root(slider);
  doc.add_root(div);
  doc.flush();
  watch_property_callbacks(doc);
  return { doc, slider, source, div };
}

afterEach(() => vi.restoreAllMocks());

describe("CustomJS in the client", () => {
  it("runs change:<attr> callbacks with args, cb_obj and this bound; in-place edits + change.emit() are changes", () => {
    const { doc, slider, source, div } = app(`
      const y = source.data.y;
      for (let i = 0; i < y.length; i++) y[i] = cb_obj.value * k + i;
      source.change.emit();
      div.text = String(this === cb_obj) + " " + JSON.stringify(cb_data);
    `);
    const batches: string[][] = [];
    doc.on_batch((b) => batches.push(b.events.map((e) => (e.kind === "ModelChanged" ? e.attr : e.kind))));
    slider.value = 2;
    doc.flush(); // the user's change; the callback's edits make the next batch
    doc.flush();
    expect(Array.from(source.data.y!)).toEqual([20, 21, 22]);
    expect(div.text).toBe("true {}");
    expect(batches).toEqual([["value"], ["data", "text"]]);
    // a change from the server runs it too
    doc.apply_events({ events: [{ kind: "ModelChanged", model: { id: slider.id }, attr: "value", new: 3 }] }, new Map(), "server");
    doc.flush();
    expect(Array.from(source.data.y!)).toEqual([30, 31, 32]);
  });

  it("change.emit() is not a change:data for callbacks (a change:data callback that emits does not loop); assigning data is", () => {
    const doc = new Document();
    const source = new ColumnDataSource({ data: { y: [1, 2] } });
    let runs = 0;
    const counter = new CustomJS({ args: { source }, code: "bump(); source.data.y[0] += 1; source.change.emit()" });
    source.js_on_change("data", counter);
    doc.add_root(source);
    doc.flush();
    watch_property_callbacks(doc);
    // a loop would never end by itself (each emit schedules the next batch): bump() throws first, ending it, so the test fails instead
    (globalThis as { bump?: () => void }).bump = () => { if (++runs > 10) throw new Error("CustomJS loop"); };
    try {
      source.data = { y: [5, 6] }; // a real change: runs once, and its emit does not run it again
      for (let i = 0; i < 5; i++) doc.flush();
      expect(runs).toBe(1);
      expect(Array.from(source.data.y!)).toEqual([6, 6]);
      source.data = { y: [0, 0] };
      for (let i = 0; i < 5; i++) doc.flush();
      expect(runs).toBe(2);
    } finally {
      delete (globalThis as { bump?: () => void }).bump;
    }
  });

  it("logs a throwing callback with its id and the model's, and keeps going", () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    const { doc, slider, div } = app("throw new Error('nope')");
    const ok = new CustomJS({ args: { div }, code: "div.text = 'after'" });
    slider.js_on_change("value", ok);
    doc.flush();
    slider.value = 5;
    doc.flush();
    doc.flush();
    expect(err).toHaveBeenCalledTimes(1);
    expect(String(err.mock.calls[0]![0])).toMatch(new RegExp(`CustomJS p\\d+ \\(change:value on Slider ${slider.id}\\) failed`));
    expect(div.text).toBe("after");
    // a syntax error too
    const bad = new CustomJS({ code: "this is not javascript" });
    slider.js_on_change("value", bad);
    doc.flush();
    slider.value = 6;
    doc.flush();
    expect(err).toHaveBeenCalledTimes(3);
    expect(String(err.mock.calls[2]![0])).toContain(bad.id);
  });

  it("runs js_event_callbacks with the event as cb_obj (origin: the model)", () => {
    const doc = new Document();
    const div = new Div({ text: "" });
    const button = new Button({ label: "go" });
    button.js_on_event("button_click", new CustomJS({ args: { div }, code: "div.text = cb_obj.event_name + ' ' + (cb_obj.origin === btn)" }));
    (button.js_event_callbacks.button_click![0] as CustomJS).args = { div, btn: button };
    doc.add_root(button);
    doc.add_root(div);
    run_event_callbacks(button, { event_name: "button_click" });
    run_event_callbacks(button, { event_name: "menu_item_click" });
    expect(div.text).toBe("button_click true");
  });
});
