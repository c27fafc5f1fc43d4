/**
 * A directory app, laid out as `bokeh serve myapp/` expects one:
 *
 *   styled_app/main.ts               this file: the document
 *   styled_app/templates/index.html  the page (Jinja2 syntax: extends Bokeh's base, places the root)
 *   styled_app/static/style.css      served at /styled_app/static/style.css
 *   styled_app/theme.yaml            colours and fonts for every plot of every session
 *
 *   npx dash serve examples/styled_app --show
 *
 * The slider resamples a noisy sine wave; the callback edits the data in place, as Bokeh
 * apps do (`source.data.y = ...`).
 */
import { ColumnDataSource, Slider, figure, layout, type Document } from "@dash/server";

const N = 120;

function noisy(x: Float64Array, noise: number, seed: number): Float64Array {
  let s = seed >>> 0;
  const rand = (): number => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) - 0.5;
  return x.map((v) => Math.sin(v) + noise * rand());
}

export default function app(doc: Document): void {
  const x = new Float64Array(N).map((_, i) => (i / (N - 1)) * 4 * Math.PI);
  const source = new ColumnDataSource({ data: { x, y: noisy(x, 0.3, 1) } });

  const p = figure({ name: "plot", title: "Noisy sine", height: 320, width: 600, tools: "pan,wheel_zoom,reset,save" });
  p.scatter({ x: "x", y: "y", source, size: 7, fill_alpha: 0.7 });
  p.line({ x: "x", y: "y", source, line_width: 1, line_alpha: 0.4 });

  const noise = new Slider({ name: "noise", title: "noise", start: 0, end: 1, step: 0.05, value: 0.3 });
  let seed = 1;
  noise.on_change("value", (_attr, _old, value) => {
    source.data.y = noisy(x, value as number, ++seed); // an in-place edit: sent as ColumnDataChanged
  });

  doc.add_root(layout([[noise], [p]], { name: "main" }));
  doc.title = "Styled app";
}
