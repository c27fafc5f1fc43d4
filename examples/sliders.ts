/**
 * Bokeh's "sliders" demo, simple version: four sliders drive a sine wave held in a
 * ColumnDataSource; every slider change recomputes the curve on the server.
 *
 *   npx dash serve examples/sliders.ts --show
 *
 * (Simple version: a plot of `source` joins the layout once figure() lands.)
 */
import { Column, ColumnDataSource, Slider, TextInput, type Document } from "@dash/server";

const N = 200;

export default function app(doc: Document): void {
  const x = new Float64Array(N);
  for (let i = 0; i < N; i++) x[i] = (i / (N - 1)) * 4 * Math.PI;
  const source = new ColumnDataSource({ name: "curve", data: { x, y: x.map(Math.sin) } });

  const text = new TextInput({ title: "title", value: "my sine wave" });
  const offset = new Slider({ title: "offset", value: 0, start: -5, end: 5, step: 0.1 });
  const amplitude = new Slider({ title: "amplitude", value: 1, start: -5, end: 5, step: 0.1 });
  const phase = new Slider({ title: "phase", value: 0, start: 0, end: 2 * Math.PI, step: 0.1 });
  const freq = new Slider({ title: "frequency", value: 1, start: 0.1, end: 5.1, step: 0.1 });

  const update = (): void => {
    const a = amplitude.value, b = offset.value, w = phase.value, k = freq.value;
    const y = new Float64Array(N);
    for (let i = 0; i < N; i++) y[i] = a * Math.sin(k * x[i]! + w) + b;
    source.data = { x, y };
  };
  for (const s of [offset, amplitude, phase, freq]) s.on_change("value", update);
  text.on_change("value", (_attr, _old, value) => void (doc.title = String(value)));

  doc.add_root(new Column({ children: [text, offset, amplitude, phase, freq] }));
  doc.add_root(source);
  doc.title = "Sliders";
}
