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

/** A whole HTML page: the head every page shares (charset, viewport, no favicon request, title), then `head` and `body`. */
export function html_page(opts: { title: string; head: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape_html(opts.title)}</title>
${opts.head}
</head>
<body>
${opts.body}
</body>
</html>
`;
}

/** The app page. The websocket URL is built in the browser from `location` (never from the request's Host header). */
export function app_page(opts: { title: string; bundle_url: string; item: Omit<EmbedItem, "ws_url">; nonce: string }): string {
  const { title, bundle_url, item, nonce } = opts;
  const head = `<style>html, body { margin: 0; padding: 0; } body { font-family: sans-serif; }</style>
<script type="text/javascript" src="${escape_html(bundle_url)}"></script>`;
  return html_page({ title, head, body: `<div id="${escape_html(item.elementid)}" data-root-id="${escape_html(item.elementid)}" style="display: contents;"></div>
<script type="application/json" id="dash-render-item">${script_json(item)}</script>
<script type="text/javascript" nonce="${escape_html(nonce)}">
(function() {
  var item = JSON.parse(document.getElementById("dash-render-item").textContent);
  item.ws_url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + item.app_path + "/ws";
  function run() { window.Dash.embed_item(item); }
  if (document.readyState !== "loading") run(); else document.addEventListener("DOMContentLoaded", run);
})();
</script>` });
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

export function index_page(opts: { prefix: string; apps: readonly string[] }): string {
  const links = opts.apps.map((a) => `<li><a href="${escape_html(`${opts.prefix}/${a}`)}">${escape_html(a)}</a></li>`).join("\n");
  return html_page({ title: "Dash apps", head: "", body: `<h1>Dash apps</h1>
<ul>
${links}
</ul>` });
}
