/**
 * Streaming OHLC: every 100 ms the server makes up new price bars (a random walk) and
 * streams it into a ColumnDataSource with rollover, so the source keeps the last 300 bars;
 * the x range follows the newest bar with a 100-bar window. Candles are a segment (high/low)
 * plus a vbar (open/close) coloured by direction, with a moving average on top.
 *
 *   npx dash serve examples/streaming.ts --show
 *
 * Port of bokeh/examples/server/app/ohlc (without the MACD panel).
 */
import { Button, ColumnDataSource, DataRange1d, Div, Select, column, figure, row, type Document } from "@dash/server";

const ROLLOVER = 300;
const WINDOW = 100;

export default function app(doc: Document): void {
  const source = new ColumnDataSource({
    name: "ohlc",
    data: {
      time: new Float64Array(0), open: new Float64Array(0), high: new Float64Array(0), low: new Float64Array(0),
      close: new Float64Array(0), ma: new Float64Array(0), color: [] as string[],
    },
  });

  const p = figure({
    name: "prices", height: 420, width: 760, title: "OHLC (random walk)", tools: "xpan,xwheel_zoom,xbox_zoom,reset",
    x_range: new DataRange1d({ follow: "end", follow_interval: WINDOW, range_padding: 0 }),
    y_axis_location: "right", x_axis_label: "tick",
  });
  p.segment({ x0: "time", y0: "low", x1: "time", y1: "high", source, line_color: "black", line_width: 1 });
  p.vbar({ x: "time", width: 0.7, top: "open", bottom: "close", source, fill_color: "color", line_color: "black", line_width: 0.5 });
  p.line({ x: "time", y: "ma", source, line_color: "#ff7f0e", line_width: 2, legend_label: "moving average (10)" });
  p.legend.click_policy = "hide"; // click the legend entry to hide the average (in every viewer's page)

  const volatility = new Select({ name: "volatility", title: "Volatility", value: "0.5", options: ["0.1", "0.5", "1", "2"] });
  const speed = new Select({ name: "speed", title: "Bars per tick", value: "1", options: ["1", "5", "20"] });
  const pause = new Button({ name: "pause", label: "Pause", button_type: "warning" });
  const status = new Div({ name: "status", text: "0 bars" });

  let t = 0;
  let price = 100;
  const closes: number[] = [];
  let paused = false;
  pause.on_event("button_click", () => {
    paused = !paused;
    pause.label = paused ? "Resume" : "Pause";
  });

  const bar = (): void => {
    const vol = Number(volatility.value);
    const open = price;
    let high = open, low = open;
    for (let i = 0; i < 10; i++) {
      price = Math.max(1, price + vol * (Math.random() - 0.5) * 2);
      high = Math.max(high, price);
      low = Math.min(low, price);
    }
    closes.push(price);
    if (closes.length > 10) closes.shift();
    const ma = closes.reduce((a, b) => a + b, 0) / closes.length;
    source.stream({
      time: Float64Array.of(t++), open: Float64Array.of(open), high: Float64Array.of(high), low: Float64Array.of(low),
      close: Float64Array.of(price), ma: Float64Array.of(ma), color: [price >= open ? "#2ca02c" : "#d62728"],
    }, ROLLOVER);
  };
  const tick = (): void => {
    if (paused) return;
    for (let i = Number(speed.value); i > 0; i--) bar();
    status.text = `${t} bars streamed, ${source.length} kept (rollover ${ROLLOVER})`;
  };
  doc.add_periodic_callback(tick, 100);

  doc.add_root(column(row(volatility, speed, pause), status, p));
  doc.title = "Streaming OHLC";
}
