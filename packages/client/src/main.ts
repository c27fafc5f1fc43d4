/**
 * Browser entry (bundled as the IIFE global `Dash`): connect, pull the document, derive the
 * immer store, mount the pixi/DOM views, and turn user input into document changes, which
 * the replica sends to the server as PATCH-DOC.
 */
import { Model, type Document } from "@dash/protocol";
import { ClientConnection } from "./connection/connection.ts";
import { browser_socket } from "./connection/socket.ts";
import { DocStore } from "./state/store.ts";
import { mount, type MountContext, type RootView } from "./views/root_view.ts";
import type { DomContext, DomView, UIEvent } from "./views/view.ts";
import { is_a, type ModelSnap } from "./state/snapshot.ts";
import { PlotDomView } from "./views/plot/plot_dom_view.ts";
import { GridPlotView } from "./views/plot/grid_plot.ts";
import { create_layout_view, layout_types } from "./views/layouts.ts";
import { create_widget_view, widget_types } from "./views/widgets/index.ts";
import { plot_types } from "./views/plot/plot_types.ts";
import { StatusBadge } from "./status.ts";
import { callback_types, run_event_callbacks, watch_property_callbacks } from "./callbacks/customjs.ts";

export interface EmbedItem {
  readonly ws_url: string;
  readonly token: string;
  readonly app_path: string;
  readonly elementid: string;
  /** The largest message the server accepts (the page's FileInputs refuse bigger files). */
  readonly max_message_size?: number;
}

export interface Embedded {
  readonly connection: ClientConnection;
  readonly store: DocStore;
  readonly document: Document;
  readonly view: RootView;
}

/**
 * Every item embedded in this page, in embedding order: `window.Dash.embedded[0].view.plots()[0].inspect()`
 * tells tests and benchmarks where a plot's frame is and what it drew.
 */
export const embedded: Embedded[] = [];

/** The one place views are composed: plots, gridplots, layouts, widgets. */
export function create_view(m: ModelSnap, ctx: DomContext): DomView | null {
  if (is_a(m, "Plot")) return new PlotDomView(m, ctx);
  if (m.type === "GridPlot") return new GridPlotView(m, ctx);
  return create_layout_view(m, ctx) ?? create_widget_view(m, ctx);
}

/** The data models every view reads: sources, their views and selections (UnionRenderers: the default selection policy). */
const DATA_TYPES = ["ColumnDataSource", "CDSView", "Selection", "UnionRenderers"];

/**
 * Every model type this client handles: what create_view's registries draw, and the non-visual
 * models they understand. The bundle build writes it beside the bundle (dash-client.manifest.json)
 * for the server's `--client auto`; it grows as the registries do.
 */
export function handled_types(): string[] {
  return [...new Set([...plot_types(), ...layout_types(), ...widget_types(), ...callback_types(), ...DATA_TYPES])].sort();
}

function context(doc: () => Document | null, notice: (text: string) => void, max_message_size?: number): MountContext {
  const model = (id: string): Model | null => doc()?.get_model_by_id(id) ?? null;
  const set = (id: string, attrs: Record<string, unknown>): void => {
    const m = model(id);
    if (m === null) return;
    try {
      m.setv(attrs);
    } catch (e) {
      console.warn("[dash] refused local change:", e);
      notice(`change refused: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const renderer = new URLSearchParams(location.search).get("renderer") === "canvas" ? "canvas" : "webgl";
  return {
    options: { renderer, max_message_size },
    create_view,
    set_attr: (id, attr, value) => set(id, { [attr]: value }),
    set_range: (id, start, end) => {
      // null/null is "back to auto-ranging" (ResetTool); the view recomputes it locally.
      if (start === null || end === null) return;
      set(id, { start, end });
    },
    set_selection: (source_id, indices) => {
      const selected = model(source_id)?._v.selected;
      if (selected instanceof Model) set(selected.id, { indices });
    },
    emit_event: (model_id, event: UIEvent) => {
      const m = model(model_id);
      const d = doc();
      if (m === null || d === null) return;
      run_event_callbacks(m, event);
      // As BokehJS: only events the server subscribed to travel.
      const subscribed = m._v.subscribed_events as Set<string> | undefined;
      if (!subscribed?.has(event.event_name)) return;
      d.send_message("bokeh_event", { ...event, model: m });
    },
  };
}

export async function embed_item(item: EmbedItem): Promise<Embedded> {
  const el = document.getElementById(item.elementid);
  if (el === null) throw new Error(`no element with id '${item.elementid}'`);
  const badge = new StatusBadge(el);
  const connection = new ClientConnection({
    url: item.ws_url,
    token: item.token,
    socket: browser_socket,
    on_warning: (text) => console.warn(`[dash] ${text}`),
    on_notice: (text) => badge.notice(text),
  });
  connection.on_state((s) => badge.show(s));
  connection.on_viewers((n) => badge.viewers(n));
  await connection.connect();
  const doc = connection.document;
  if (doc === null) throw new Error("connected without a document");
  const store = new DocStore(doc);
  watch_property_callbacks(doc);
  const view = mount(el, store.snap, context(() => connection.document, (text) => badge.notice(text), item.max_message_size));
  store.subscribe((snap, changes) => view.update(snap, changes));
  connection.replica.on_replaced(() => store.reset());
  if (doc.title) document.title = doc.title;
  const item_state: Embedded = { connection, store, document: doc, view };
  embedded.push(item_state);
  // ready = the first frame of every plot is on screen
  await view.ready();
  el.dataset.dashReady = "true";
  return item_state;
}
