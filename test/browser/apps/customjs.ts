/**
 * Browser test app for CustomJS: moving the "amp" Slider runs a CustomJS that rewrites the
 * "wave" source's y column in place (y = amp * sin(x / 3)) and calls source.change.emit();
 * the "boom" Button has a CustomJS that throws, then one that writes the "status" Div; the
 * "flip" Button runs BokehJS-style code: get_length(), a new column assigned in place
 * (`source.data.y = y`, local until emitted), then source.change.emit().
 */
import { figure, column, ColumnDataSource, CustomJS, Range1d, Slider, Button, Div, type Document } from "@dash/server";

/** Its CustomJS code edits the source and the status Div in the page; the app lets those edits reach the server. */
export const client_writes = { attributes: { ColumnDataSource: ["data"], Div: ["text"] } };

export const N = 41;
export const x_of = (i: number): number => i * 0.5;
export const y_of = (amp: number, x: number): number => amp * Math.sin(x / 3);

export default function app(doc: Document): void {
  const x = Float64Array.from({ length: N }, (_, i) => x_of(i));
  const source = new ColumnDataSource({ name: "wave", data: { x, y: x.map((v) => y_of(1, v)) } });
  const p = figure({
    name: "plot", title: "CustomJS", width: 600, height: 300,
    x_range: new Range1d({ start: 0, end: 20 }), y_range: new Range1d({ start: -4.5, end: 4.5 }),
    tools: "pan,reset",
  });
  p.scatter({ x: "x", y: "y", source, size: 8, color: "#ff0000" });
  const amp = new Slider({ name: "amp", title: "amp", start: 0, end: 4, step: 0.5, value: 1 });
  amp.js_on_change("value", new CustomJS({
    args: { source },
    code: `
      const a = cb_obj.value;
      const { x, y } = source.data;
      for (let i = 0; i < x.length; i++) y[i] = a * Math.sin(x[i] / 3);
      source.change.emit();
    `,
  }));
  const status = new Div({ name: "status", text: "idle" });
  const boom = new Button({ name: "boom", label: "boom" });
  boom.js_on_event("button_click",
    new CustomJS({ code: "throw new Error('boom from CustomJS')" }),
    new CustomJS({ args: { status }, code: "status.text = 'clicked: ' + cb_obj.event_name" }),
  );
  const flip = new Button({ name: "flip", label: "flip" });
  flip.js_on_event("button_click", new CustomJS({
    args: { source },
    code: `
      const n = source.get_length();
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) y[i] = -2 * Math.sin(source.data.x[i] / 3);
      source.data.y = y;
      source.change.emit();
    `,
  }));
  doc.add_root(column(amp, boom, flip, status, p));
}
