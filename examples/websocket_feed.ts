/**
 * Streams an external websocket feed into a plot: each session reads the feed in an async
 * callback and streams every message's ticks into a ColumnDataSource (rollover 2000); the
 * x range follows the newest tick with a one-minute window.
 *
 *   npx tsx examples/feed_server.ts            # terminal 1: the feed (ws://127.0.0.1:5100)
 *   npx dash serve examples/websocket_feed.ts --show   # terminal 2
 *
 * DASH_FEED_URL points it at another feed. Each session runs an async callback,
 * outside the document lock since it runs for the session's lifetime, that reads the
 * feed and streams each message's ticks; connected clients receive ColumnsStreamed
 * with the numeric columns as binary buffers. The feed socket closes with the session.
 */
import WebSocket from "ws";
import { ColumnDataSource, DataRange1d, Div, column, figure, without_document_lock, type Document, type SessionContext } from "@dash/server";

const ROLLOVER = 2000;
const WINDOW_MS = 60_000;
const feeds = new Map<string, WebSocket>();

interface Ticks {
  t: number[];
  price: number[];
}

function is_ticks(v: unknown): v is Ticks {
  const o = v as Partial<Ticks> | null;
  return o !== null && typeof o === "object" && Array.isArray(o.t) && Array.isArray(o.price) && o.t.length === o.price.length;
}

function open_feed(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
}

export default function app(doc: Document, ctx: SessionContext): void {
  doc.title = "Live feed";
  const source = new ColumnDataSource({ name: "ticks", data: { t: new Float64Array(0), price: new Float64Array(0) } });
  const url = process.env.DASH_FEED_URL ?? "ws://127.0.0.1:5100";
  const p = figure({
    name: "prices", width: 760, height: 380, title: "Live price feed", x_axis_type: "datetime",
    x_range: new DataRange1d({ follow: "end", follow_interval: WINDOW_MS, range_padding: 0 }),
    tools: "xpan,xwheel_zoom,reset", y_axis_label: "price",
  });
  p.line({ x: "t", y: "price", source, line_width: 2, color: "#2a6ebb" });
  p.scatter({ x: "t", y: "price", source, size: 3, color: "#2a6ebb" });
  const info = new Div({ name: "info", text: `Reading <code>${url}</code> (start it with <code>npx tsx examples/feed_server.ts</code>).` });
  doc.add_root(column(info, p));

  doc.add_next_tick_callback(without_document_lock(async () => {
    while (!ctx.destroyed) {
      let ws: WebSocket;
      try {
        ws = await open_feed(url);
      } catch {
        await new Promise((r) => setTimeout(r, 1000)); // feed not up yet: retry
        continue;
      }
      if (ctx.destroyed) {
        ws.close();
        return;
      }
      feeds.set(ctx.id, ws);
      ws.on("message", (data) => {
        let msg: unknown;
        try {
          msg = JSON.parse(data.toString());
        } catch {
          return;
        }
        if (!is_ticks(msg)) return;
        source.stream({ t: Float64Array.from(msg.t), price: Float64Array.from(msg.price) }, ROLLOVER);
      });
      await new Promise((r) => ws.once("close", r));
      feeds.delete(ctx.id);
    }
  }));
}

export function on_session_destroyed(ctx: SessionContext): void {
  feeds.get(ctx.id)?.close();
  feeds.delete(ctx.id);
}
