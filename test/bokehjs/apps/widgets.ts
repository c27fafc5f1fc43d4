/**
 * Widgets for the BokehJS end-to-end tests: a slider whose on_change runs on the server, a
 * button whose click reaches on_event, a status Div both write to, and a source a periodic
 * callback streams into. What the server saw is kept per session in `seen`.
 */
import { Button, Column, ColumnDataSource, Div, Slider, on_event, type Document, type SessionContext } from "@dash/server";

export interface Seen {
  slider: number[];
  clicks: number;
  streamed: number;
}

export const seen = new Map<string, Seen>();

export default function app(doc: Document, ctx: SessionContext): void {
  const s: Seen = { slider: [], clicks: 0, streamed: 0 };
  seen.set(ctx.id, s);
  doc.title = "BokehJS widgets";
  const slider = new Slider({ name: "speed", title: "speed", start: 0, end: 10, value: 2, step: 1 });
  const button = new Button({ name: "go", label: "Go" });
  const status = new Div({ name: "status", text: "idle" });
  const ticks = new ColumnDataSource({ name: "ticks", data: { t: new Float64Array(0), y: new Float64Array(0) } });
  slider.on_change("value", (_attr, _old, value) => {
    s.slider.push(Number(value));
    status.text = `speed ${String(value)}`;
  });
  on_event(button, "button_click", () => {
    s.clicks++;
    status.text = `clicks ${s.clicks}`;
  });
  doc.add_root(new Column({ name: "layout", children: [slider, button, status] }));
  doc.add_root(ticks);
  doc.add_periodic_callback(() => {
    const n = 5, t = new Float64Array(n), y = new Float64Array(n);
    for (let i = 0; i < n; i++, s.streamed++) {
      t[i] = s.streamed;
      y[i] = Math.sin(s.streamed / 10);
    }
    ticks.stream({ t, y }, 200);
  }, 50);
}
