import { describe, it, expect } from "vitest";
import { Document, ColumnDataSource, Selection } from "@dash/protocol";
import { PendingEdits } from "./pending.ts";

describe("PendingEdits", () => {
  const doc = new Document();
  const sel = new Selection();
  const src = new ColumnDataSource({ data: { x: [1] } });
  doc.add_root(sel);
  doc.add_root(src);

  it("drops server changes to an attribute with an edit in flight, until that edit is settled", () => {
    const p = new PendingEdits();
    p.sent("m1", [{ kind: "ModelChanged", model: sel, attr: "indices", new: [1] }]);
    const server = [{ kind: "ModelChanged", model: { id: sel.id }, attr: "indices", new: [2] }, { kind: "TitleChanged", title: "t" }];
    expect(p.filter(server)).toEqual({ events: [server[1]], superseded: 1, conflict: false });
    p.settled("m1");
    expect(p.filter(server).events).toHaveLength(2);
  });

  it("keeps an attribute pending while a newer message for it is still in flight", () => {
    const p = new PendingEdits();
    p.sent("m1", [{ kind: "ModelChanged", model: sel, attr: "indices", new: [1] }]);
    p.sent("m2", [{ kind: "ModelChanged", model: sel, attr: "indices", new: [3] }]);
    p.settled("m1");
    expect(p.filter([{ kind: "ModelChanged", model: { id: sel.id }, attr: "indices", new: [2] }]).superseded).toBe(1);
    p.settled("m2");
    expect(p.size).toBe(0);
  });

  it("flags a race between a local and a server column change", () => {
    const p = new PendingEdits();
    p.sent("m1", [{ kind: "ColumnsStreamed", model: src, attr: "data", data: { x: new Float64Array([2]) }, rollover: null }]);
    const r = p.filter([{ kind: "ColumnsStreamed", model: { id: src.id }, attr: "data", data: {}, rollover: null }]);
    expect(r.conflict).toBe(true);
    expect(r.events).toHaveLength(1);
  });
});
