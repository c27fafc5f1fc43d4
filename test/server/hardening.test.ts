/**
 * What one untrusted viewer can do to a shared document: poison it with object internals,
 * store values Bokeh's kinds refuse, or write code and HTML into every other viewer's page.
 * Each case ran against a live server before the fix (the findings).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ColumnDataSource, CustomJS, Div, MsgType, Plot, Select, Slider, create_message,
  type AppModule, type Document, type Message,
} from "@dash/server";
import { ided } from "./models.ts";
import { connect, events_of, sleep, start, type RawClient, type Running } from "./helpers.ts";

function build(doc: Document): void {
  doc.add_root(new Plot(ided("plot", { width: 300, height: 200 })));
  doc.add_root(new Select(ided("select", { value: "a", options: ["a", "b"] })));
  doc.add_root(new Slider(ided("slider", { start: 0, end: 10, value: 1 })));
  doc.add_root(new Div(ided("div", { text: "hello" })));
  doc.add_root(new ColumnDataSource(ided("cds", { data: { x: new Float64Array([1, 2, 3]), s: ["a", "b", "c"] } })));
}

/** The default policy: what the page's own UI changes. */
const ui: AppModule = { shared: true, default: build };
/** Bokeh's behaviour (any valid change): the value checks alone stand between a client and the document. */
const all: AppModule = { shared: true, client_writes: "all", default: build };
/** Widened explicitly: Div text may be edited. */
const widened: AppModule = { shared: true, client_writes: { attributes: { Div: ["text"] } }, default: build };

function patch(...events: unknown[]): Message {
  return create_message(MsgType.PATCH_DOC, { events });
}
const changed = (id: string, attr: string, value: unknown) => ({ kind: "ModelChanged", model: { id }, attr, new: value });

async function error_text(c: RawClient, msg: Message): Promise<string> {
  const reply = await c.request(msg);
  expect(reply.header.msgtype).toBe(MsgType.ERROR);
  return (reply.content as { text: string }).text;
}

async function viewer(r: Running, app: string): Promise<RawClient> {
  const c = await connect(r, app, "shared");
  await c.pull();
  return c;
}

describe("no client can poison or take over a shared document", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ ui, all, widened });
  });
  afterAll(() => r.close());

  const doc_of = (app: string) => r.server.dash.managers.get(app)!.get("shared")!.document;

  it("a __proto__ key in a value is an ordinary key: later visitors still pull, and get it back as sent", async () => {
    const a = await viewer(r, "all");
    const body = '{"events":[{"kind":"ModelChanged","model":{"id":"slider"},"attr":"tags","new":[{"__proto__":{"x":1},"a":1}]}]}';
    // Sent as raw text, since JSON.stringify of a JS object would drop the own __proto__ key.
    const header = JSON.stringify({ msgid: "poison", msgtype: "PATCH-DOC" });
    a.send_frames([header, "{}", body]);
    const ok = await a.reply_to("poison");
    expect(ok.header.msgtype).toBe(MsgType.OK);
    const later = await connect(r, "all", "shared");
    const reply = await later.pull();
    expect(reply.header.msgtype).toBe(MsgType.PULL_DOC_REPLY);
    const tags = doc_of("all").get_model_by_id("slider")!._v.tags as Array<Record<string, unknown>>;
    expect(Object.getPrototypeOf(tags[0])).toBe(null);
    expect(Object.keys(tags[0]!)).toEqual(["__proto__", "a"]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    a.close();
    later.close();
  });

  it("values Bokeh's kinds refuse are refused: Plot.width -5, 1.5, NaN; Select.value 5, []", async () => {
    const a = await viewer(r, "all");
    for (const v of [-5, 1.5, { type: "number", value: "nan" }]) {
      expect(await error_text(a, patch(changed("plot", "width", v)))).toMatch(/DASH_ERR_BAD_VALUE: Plot.width expected Nullable\(NonNegative\(Int\)\)/);
    }
    for (const v of [5, []]) expect(await error_text(a, patch(changed("select", "value", v)))).toMatch(/DASH_ERR_BAD_VALUE: Select.value/);
    expect(doc_of("all").get_model_by_id("plot")!._v.width).toBe(300);
    expect(doc_of("all").get_model_by_id("select")!._v.value).toBe("a");
    a.close();
  });

  it("a stream or patch naming a __proto__ column is refused, and every viewer keeps the server's rows", async () => {
    const a = await viewer(r, "all");
    const b = await viewer(r, "all");
    const stream = '{"events":[{"kind":"ColumnsStreamed","model":{"id":"cds"},"attr":"data","data":{"x":[4],"s":["d"],"__proto__":[1]},"rollover":null}]}';
    a.send_frames([JSON.stringify({ msgid: "s1", msgtype: "PATCH-DOC" }), "{}", stream]);
    const reply = await a.reply_to("s1");
    expect(reply.header.msgtype).toBe(MsgType.ERROR);
    expect((reply.content as { text: string }).text).toMatch(/unknown: \["__proto__"\]/);
    const p = '{"events":[{"kind":"ColumnsPatched","model":{"id":"cds"},"attr":"data","patches":{"type":"map","entries":[["__proto__",[[0,1]]]]}}]}';
    a.send_frames([JSON.stringify({ msgid: "p1", msgtype: "PATCH-DOC" }), "{}", p]);
    expect((await a.reply_to("p1")).header.msgtype).toBe(MsgType.ERROR);
    // A valid stream still goes to the other viewer, so both hold what the server holds.
    expect((await a.request(patch({ kind: "ColumnsStreamed", model: { id: "cds" }, attr: "data", data: { x: [4], s: ["d"] }, rollover: null }))).header.msgtype).toBe(MsgType.OK);
    const got = await b.next(MsgType.PATCH_DOC);
    expect(events_of(got)[0]!.kind).toBe("ColumnsStreamed");
    const cds = doc_of("all").get_model_by_id("cds") as ColumnDataSource;
    expect(Object.keys(cds.data).sort()).toEqual(["s", "x"]);
    expect(cds.length).toBe(4);
    a.close();
    b.close();
  });

  it("a 2-D patch index into a 1-D column is refused; the column is unchanged", async () => {
    const a = await viewer(r, "all");
    const text = await error_text(a, patch({ kind: "ColumnsPatched", model: { id: "cds" }, attr: "data", patches: { type: "map", entries: [["x", [[[0, 1], 9]]]] } }));
    expect(text).toMatch(/DASH_ERR_PATCH_RANGE: .*the cell is not an array/);
    const cds = doc_of("all").get_model_by_id("cds") as ColumnDataSource;
    expect(Array.from(cds.data.x as Float64Array).slice(0, 3)).toEqual([1, 2, 3]);
    a.close();
  });

  it("RootAdded of a model with id __proto__ and RootRemoved of a model that is no root are refused", async () => {
    const a = await viewer(r, "all");
    const before = doc_of("all").roots.length;
    expect(await error_text(a, patch({ kind: "RootAdded", model: { type: "object", name: "Div", id: "__proto__", attributes: { text: "x" } } }))).toMatch(/DASH_ERR_BAD_VALUE: Div.id/);
    const inner = doc_of("all").get_model_by_id("cds")!._v.selected as { id: string };
    expect(await error_text(a, patch({ kind: "RootRemoved", model: { id: inner.id } }))).toMatch(/DASH_ERR_BAD_EVENT: RootRemoved: .* is not a root/);
    expect(doc_of("all").roots.length).toBe(before);
    a.close();
  });

  it("by default a viewer changes what the page's UI changes, and nothing that runs or renders in other pages", async () => {
    const a = await viewer(r, "ui");
    const b = await viewer(r, "ui");
    // The page's own UI: a slider value goes through to the other viewer.
    expect((await a.request(patch(changed("slider", "value", 7)))).header.msgtype).toBe(MsgType.OK);
    expect(events_of(await b.next(MsgType.PATCH_DOC))).toEqual([changed("slider", "value", 7)]);
    const refused = [
      patch({ kind: "RootAdded", model: { type: "object", name: "CustomJS", id: "evil", attributes: { code: "alert(1)" } } }),
      patch(changed("slider", "js_property_callbacks", { type: "map", entries: [["change:value", [{ type: "object", name: "CustomJS", id: "evil2", attributes: { code: "alert(1)" } }]]] })),
      patch(changed("div", "text", "<img src=x onerror=alert(1)>")),
      patch(changed("plot", "width", 500)),
      patch({ kind: "TitleChanged", title: "owned" }),
      patch({ kind: "ColumnsStreamed", model: { id: "cds" }, attr: "data", data: { x: [9], s: ["z"] }, rollover: null }),
    ];
    for (const m of refused) expect(await error_text(a, m)).toMatch(/^DASH_ERR_WRITE_REFUSED: /);
    const d = doc_of("ui");
    expect((d.get_model_by_id("div") as Div).text).toBe("hello");
    expect(d.get_model_by_id("evil")).toBe(null);
    expect(d.select(CustomJS)).toEqual([]);
    expect(d.title).toBe("Bokeh Application");
    // Logged once for this client, however many it sent.
    const logged = r.logs.filter((l) => l.includes("DASH_ERR_WRITE_REFUSED") && l.includes('"app":"ui"'));
    expect(logged.length).toBe(1);
    await sleep(100);
    expect(b.of(MsgType.PATCH_DOC).length).toBe(1); // the other viewer saw only the slider
    a.close();
    b.close();
  });

  it("an app widens the policy by naming what clients may change; code stays refused", async () => {
    const a = await viewer(r, "widened");
    expect((await a.request(patch(changed("div", "text", "<b>edited</b>")))).header.msgtype).toBe(MsgType.OK);
    expect((doc_of("widened").get_model_by_id("div") as Div).text).toBe("<b>edited</b>");
    expect(await error_text(a, patch(changed("div", "js_event_callbacks", { type: "map" })))).toMatch(/^DASH_ERR_WRITE_REFUSED/);
    a.close();
  });

  it("PUSH-DOC (a whole new document) is refused under the default policy", async () => {
    const a = await viewer(r, "ui");
    const push = create_message(MsgType.PUSH_DOC, { doc: { version: "3.10.0", title: "x", roots: [{ type: "object", name: "Div", id: "pushed", attributes: { text: "<script>" } }] } });
    expect(await error_text(a, push)).toMatch(/^DASH_ERR_WRITE_REFUSED: PUSH-DOC/);
    expect(doc_of("ui").get_model_by_id("pushed")).toBe(null);
    a.close();
  });
});
