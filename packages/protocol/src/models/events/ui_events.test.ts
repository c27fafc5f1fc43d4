import { describe, it, expect } from "vitest";
import { Document } from "../../document/document.ts";
import { Button, Dropdown, TextInput } from "../widgets/index.ts";
import { Column } from "../layouts/index.ts";
import { UIEvents, on_event, event_wire_name, type MenuItemClickEvent, type ValueSubmitEvent, type UIEventOf } from "./index.ts";

function send(doc: Document, name: string, values: Array<[string, unknown]>): void {
  doc.apply_events({ events: [{ kind: "MessageSent", msg_type: "bokeh_event", msg_data: { type: "event", name, values: { type: "map", entries: values } } }] });
}

describe("UI events", () => {
  it("maps Python-style names to the wire names BokehJS sends", () => {
    expect(UIEvents.button_click).toBe("button_click");
    expect(UIEvents.double_tap).toBe("doubletap");
    expect(UIEvents.mouse_wheel).toBe("wheel");
    expect(UIEvents.ranges_update).toBe("rangesupdate");
    expect(UIEvents.selection_geometry).toBe("selectiongeometry");
    expect(event_wire_name("pan_start")).toBe("panstart");
    expect(event_wire_name("doubletap")).toBe("doubletap");
  });

  it("typed on_event delivers menu_item_click / value_submit payloads and subscribes with the wire name", () => {
    const dd = new Dropdown({ menu: ["a", ["B", "b"]] });
    const ti = new TextInput();
    const doc = new Document();
    doc.add_root(new Column({ children: [dd, ti] }));
    const items: string[] = [];
    const values: string[] = [];
    on_event(dd, "menu_item_click", (e: MenuItemClickEvent) => { items.push(e.item); });
    on_event(ti, UIEvents.value_submit, (e: ValueSubmitEvent) => { values.push(e.value); });
    expect([...dd.subscribed_events]).toEqual(["menu_item_click"]);
    send(doc, "menu_item_click", [["model", { id: dd.id }], ["item", "b"]]);
    send(doc, "value_submit", [["model", { id: ti.id }], ["value", "hello"]]);
    expect(items).toEqual(["b"]);
    expect(values).toEqual(["hello"]);
  });

  it("subscribes plot-style events by their wire name (double_tap -> doubletap)", () => {
    const b = new Button();
    const doc = new Document();
    doc.add_root(b);
    const got: Array<UIEventOf<"double_tap">> = [];
    on_event(b, "double_tap", (e) => { got.push(e); });
    expect([...b.subscribed_events]).toEqual(["doubletap"]);
    send(doc, "doubletap", [["model", { id: b.id }], ["sx", 1], ["sy", 2], ["x", 0.5], ["y", 0.25], ["modifiers", { type: "map", entries: [["shift", false], ["ctrl", true], ["alt", false]] }]]);
    expect(got).toHaveLength(1);
    expect([got[0]!.x, got[0]!.y, got[0]!.sx, got[0]!.sy, got[0]!.modifiers.ctrl]).toEqual([0.5, 0.25, 1, 2, true]);
    expect(got[0]!.model).toBe(b);
  });
});
