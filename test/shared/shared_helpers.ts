/** Shared-document test helpers: an app with concurrent server activity, client state snapshots. */
import { ColumnDataSource, Slider, TextInput, type Document, type AppModule } from "@dash/server";
import { board_writes, build_board } from "../support/board.ts";
import { pull_session, type ClientSession } from "@dash/client/node";
import type { Running } from "../server/helpers.ts";

export interface Board {
  slider: Slider;
  text: TextInput;
  log: ColumnDataSource;
}

export function board_of(doc: Document): Board {
  const [slider, text, log] = ["slider", "text", "log"].map((n) => doc.get_model_by_name(n));
  return { slider: slider as Slider, text: text as TextInput, log: log as ColumnDataSource };
}

/** Comparable state: attribute values and every row of the shared log. */
export function state_of(doc: Document): unknown {
  const b = board_of(doc);
  const cols = Object.fromEntries(Object.entries(b.log.data).map(([k, v]) => [k, Array.from(v as ArrayLike<unknown>)]));
  return { slider: b.slider.value, text: b.text.value, log: cols, title: doc.title };
}

/** One shared document; the server streams into the log and clamps the slider, as apps do. */
export function shared_app(opts: { stream_ms?: number } = {}): AppModule & { control: { running: boolean; rows: number } } {
  const control = { running: true, rows: 0 };
  const app = (doc: Document): void => {
    const { log } = build_board(doc);
    if (opts.stream_ms !== undefined) {
      doc.add_periodic_callback(() => {
        if (!control.running) return;
        log.stream({ who: ["server"], n: [control.rows++] });
      }, opts.stream_ms);
    }
  };
  // Viewers write the shared log and the title: the app widens the client write policy for that.
  return { default: app, shared: true, control, client_writes: board_writes };
}

export const warnings: string[] = [];

export async function open_clients(r: Running, app: string, session_id: string, n: number): Promise<ClientSession[]> {
  const out: ClientSession[] = [];
  for (let i = 0; i < n; i++) {
    out.push(await pull_session({ url: r.url(app), session_id, reconnect: { initial_ms: 20, max_ms: 200 }, on_warning: (t) => warnings.push(`client ${i}: ${t}`) }));
  }
  return out;
}

export { mulberry32 } from "../support/random.ts";

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Wait until every client has nothing in flight and holds the server's latest version. */
export async function settle(clients: readonly ClientSession[], server_doc: Document, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    server_doc.flush();
    const v = server_doc.version;
    if (clients.every((c) => c.connection.idle && c.version === v)) {
      await sleep(30);
      server_doc.flush();
      if (server_doc.version === v && clients.every((c) => c.version === v && c.connection.idle)) return;
    }
    if (Date.now() > deadline) {
      throw new Error(`not settled: server v${v}, clients ${clients.map((c) => `v${c.version}/unsent ${c.connection.unsent}/${c.connection.state}${c.connection.state === "closed" ? ` (${JSON.stringify(c.connection.last_close)})` : ""}/idle ${c.connection.idle}`).join(", ")}`);
    }
    await sleep(20);
  }
}
