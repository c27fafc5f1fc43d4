/**
 * The HTML page of an app, the autoload.js script (Bokeh's server_document) and the
 * index of apps. The page embeds what the client needs as JSON in an inline script, as
 * Bokeh's render_items do; the bundle's `Dash.embed_item(item)` takes it from there.
 */

export interface EmbedItem {
  readonly ws_url: string;
  readonly token: string;
  readonly app_path: string;
  readonly elementid: string;
  /** The largest message the server accepts (a FileInput refuses a bigger file before sending it). */
  readonly max_message_size?: number;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escape_html(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** JSON safe inside <script>: no "</script>", no "<!--", no U+2028/2029 surprises. */
export function script_json(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A page's start up to its open body: the head every page shares (charset, viewport, no favicon request, title), then `head`. */
function page_start(title: string, head: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape_html(title)}</title>
${head}
</head>
<body>
`;
}

/** A whole HTML page: the shared head, then `head` and `body`. */
export function html_page(opts: { title: string; head: string; body: string }): string {
  return `${page_start(opts.title, opts.head)}${opts.body}
</body>
</html>
`;
}

/** --dev: why the app's last edit was refused, above the app (which runs the last good code). */
function dev_error_banner(error: string | undefined): string {
  if (error === undefined) return "";
  return `<pre id="dash-dev-error" style="margin: 0; padding: 8px 12px; background: #fde8e8; color: #8a1212; border-bottom: 2px solid #c62828; white-space: pre-wrap; font: 13px monospace;">${escape_html(
    `The app's last edit was not loaded (this page runs the last good code):\n${error}`,
  )}</pre>\n`;
}

const PAGE_STYLE = `<style>html, body { margin: 0; padding: 0; } body { font-family: sans-serif; }</style>`;

/** What a page embeds: the websocket URL is built in the browser from `location` (never from the request's Host header). */
export type PageItem = Omit<EmbedItem, "ws_url">;

/**
 * The app page. Its inline script carries the response's CSP nonce, which differs per
 * response, so pages are rendered per request (no cached template).
 */
export function app_page(opts: { title: string; bundle_url: string; item: PageItem; nonce: string; dev_error?: string; marker?: string }): string {
  const head = `${PAGE_STYLE}
<script type="text/javascript" src="${escape_html(opts.bundle_url)}"></script>${opts.marker === undefined ? "" : `\n${opts.marker}`}`;
  return html_page({ title: opts.title, head, body: app_body(opts.item, opts.nonce, opts.dev_error) });
}

/**
 * A page sent in two parts while its session is still being built: first the head and a
 * spinner (the browser shows it at once), then, once the document exists, the app.
 */
export function spinner_page_start(): string {
  return page_start("Loading…", `${PAGE_STYLE}
<style>#dash-spinner { display: flex; align-items: center; gap: 12px; padding: 24px; color: #555; }
#dash-spinner .ring { width: 28px; height: 28px; border: 3px solid #ddd; border-top-color: #1f77b4; border-radius: 50%; animation: dash-spin 0.8s linear infinite; }
@keyframes dash-spin { to { transform: rotate(360deg); } }</style>`) + `<div id="dash-spinner" role="status" aria-live="polite"><div class="ring"></div><span>Building the document…</span></div>
`;
}

/** The rest of a spinner page: the app (or why it failed) replaces the spinner. */
export function spinner_page_end(opts: ({ title: string; bundle_url: string; item: PageItem; dev_error?: string; marker?: string } | { error: string }) & { nonce: string }): string {
  const nonce = escape_html(opts.nonce);
  if ("error" in opts) {
    return `<script nonce="${nonce}">(function() { var s = document.getElementById("dash-spinner"); s.innerHTML = ""; s.appendChild(document.createTextNode(${script_json(
      opts.error,
    )})); s.style.color = "#8a1212"; document.title = "Error"; })();</script>
</body>
</html>
`;
  }
  return `${spinner_removal(opts.title, opts.nonce)}${opts.marker === undefined ? "" : `\n${opts.marker}`}
<script type="text/javascript" src="${escape_html(opts.bundle_url)}"></script>
${app_body(opts.item, opts.nonce, opts.dev_error)}
</body>
</html>
`;
}

/** The script that replaces a spinner page's spinner (and title) with the app's. */
export function spinner_removal(title: string, nonce: string): string {
  return `<script nonce="${escape_html(nonce)}">document.getElementById("dash-spinner").remove(); document.title = ${script_json(title)};</script>`;
}

function app_body(item: PageItem, nonce: string, dev_error: string | undefined): string {
  const parts = app_page_parts({ bundle_url: "", item, nonce });
  return `${dev_error_banner(dev_error)}${parts.div}
${parts.script}`;
}

/** The pieces of an app page (also what an app's own template places: bokeh_js, plot_div, plot_script). */
export interface PageParts {
  readonly js: string;
  readonly div: string;
  readonly script: string;
}

export function app_page_parts(opts: { bundle_url: string; item: PageItem; nonce: string }): PageParts {
  const { bundle_url, item } = opts;
  return {
    js: `<script type="text/javascript" src="${escape_html(bundle_url)}"></script>`,
    div: `<div id="${escape_html(item.elementid)}" data-root-id="${escape_html(item.elementid)}" style="display: contents;"></div>`,
    script: `<script type="application/json" id="dash-render-item">${script_json(item)}</script>
<script type="text/javascript" nonce="${escape_html(opts.nonce)}">
(function() {
  var item = JSON.parse(document.getElementById("dash-render-item").textContent);
  item.ws_url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + item.app_path + "/ws";
  function run() { window.Dash.embed_item(item); }
  if (document.readyState !== "loading") run(); else document.addEventListener("DOMContentLoaded", run);
})();
</script>`,
  };
}

/**
 * JS for an autoload script that sets `derived`, `base` (the app's absolute URL) and `server_root` (the server's):
 * `known` when the server knows it (bokeh-absolute-url, or its configured origins), else from
 * the script's own src, else `fallback` (the request's Host: all an XHR-injected script has).
 * `route` is the app's path on the server (prefix included).
 */
export function autoload_base_js(known: string | null, fallback: string, route: string): string {
  const find = known !== null ? `var base = ${script_json(known)};` : `var me = document.currentScript;
  var base = me && me.src ? me.src.replace(/\/autoload\.js(\?.*)?$/, "") : ${script_json(fallback)};`;
  return `var derived = ${known === null};
  ${find}
  var route = ${script_json(route)};
  var server_root = base.slice(-route.length) === route ? base.slice(0, base.length - route.length) : new URL(base).origin;`;
}

/** Bokeh's autoload.js: load the bundle once, then embed the session into the element with the given id. */
export function autoload_script(opts: { base: string; item: EmbedItem; bundle_url: string }): string {
  return `(function() {
  "use strict";
  ${opts.base}
  var item = ${script_json(opts.item)};
  if (derived) item.ws_url = base.replace(/^http/, "ws") + "/ws";
  var bundle_url = ${script_json(opts.bundle_url)};
  if (derived) bundle_url = server_root + bundle_url;
  function embed() {
    var el = document.getElementById(item.elementid);
    if (el == null) { console.warn("Dash: element " + JSON.stringify(item.elementid) + " not found"); return; }
    if (el.tagName === "SCRIPT") {
      // server_document's tag: the app takes the script's place, as BokehJS does
      var div = document.createElement("div");
      div.id = item.elementid;
      el.replaceWith(div);
    }
    window.Dash.embed_item(item);
  }
  if (window.Dash !== undefined && window.Dash.embed_item !== undefined) { embed(); return; }
  var pending = window.__dash_pending__ = window.__dash_pending__ || [];
  pending.push(embed);
  if (pending.length > 1) return;
  var s = document.createElement("script");
  s.src = bundle_url;
  s.async = false;
  s.onload = function() { var p = window.__dash_pending__ || []; window.__dash_pending__ = []; p.forEach(function(f) { f(); }); };
  s.onerror = function() { console.error("Dash: failed to load " + bundle_url); };
  document.head.appendChild(s);
})();
`;
}

export function index_page(opts: { prefix: string; apps: readonly string[]; template?: string | null }): string {
  const links = opts.apps.map((a) => `<li><a href="${escape_html(`${opts.prefix}/${a}`)}">${escape_html(a)}</a></li>`).join("\n");
  if (opts.template != null) {
    // --index: the user's page; {{ items }} is the list items, {{ prefix }} the URL prefix
    return opts.template.replace(/\{\{\s*(items|prefix)\s*\}\}/g, (_m, k: string) => (k === "items" ? links : escape_html(opts.prefix)));
  }
  return html_page({ title: "Dash apps", head: "", body: `<h1>Dash apps</h1>
<ul>
${links}
</ul>` });
}
