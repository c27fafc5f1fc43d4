/**
 * Bokeh's classic "sliders" demo: a sine wave whose amplitude, frequency, phase and offset
 * come from four sliders, and a text input that sets the plot's title. Every change runs
 * on the server, which recomputes the curve and sends the new column to the browser.
 *
 *   npx dash serve examples/sliders.ts --show
 *
 * Port of bokeh/examples/server/app/sliders.py.
 */
import { ColumnDataSource, Slider, TextInput, Title, column, figure, row, type Document } from "@dash/server";

const N = 200;

export default function app(doc: Document): void {
  // Set up data
  const x = new Float64Array(N);
  for (let i = 0; i < N; i++) x[i] = (i / (N - 1)) * 4 * Math.PI;
  const source = new ColumnDataSource({ name: "curve", data: { x, y: x.map(Math.sin) } });

  // Set up plot
  const plot = figure({
    name: "plot", height: 400, width: 560, title: "my sine wave",
    tools: "crosshair,pan,reset,save,wheel_zoom",
    x_range: [0, 4 * Math.PI], y_range: [-2.5, 2.5],
  });
  plot.line({ x: "x", y: "y", source, line_width: 3, line_alpha: 0.6 });

  // Set up widgets
  const text = new TextInput({ name: "title", title: "title", value: "my sine wave" });
  const offset = new Slider({ name: "offset", title: "offset", value: 0.0, start: -5.0, end: 5.0, step: 0.1 });
  const amplitude = new Slider({ name: "amplitude", title: "amplitude", value: 1.0, start: -5.0, end: 5.0, step: 0.1 });
  const phase = new Slider({ name: "phase", title: "phase", value: 0.0, start: 0.0, end: 2 * Math.PI, step: 0.1 });
  const freq = new Slider({ name: "frequency", title: "frequency", value: 1.0, start: 0.1, end: 5.1, step: 0.1 });

  // Set up callbacks
  text.on_change("value", (_attr, _old, value) => {
    if (plot.title instanceof Title) plot.title.text = String(value);
  });

  const update_data = (): void => {
    const a = amplitude.value, b = offset.value, w = phase.value, k = freq.value;
    const y = new Float64Array(N);
    for (let i = 0; i < N; i++) y[i] = a * Math.sin(k * x[i]! + w) + b;
    source.data = { x, y };
  };
  for (const w of [offset, amplitude, phase, freq]) w.on_change("value", update_data);

  // Set up layouts and add to document
  const inputs = column(text, offset, amplitude, phase, freq);
  doc.add_root(row(inputs, plot));
  doc.title = "Sliders";
}
