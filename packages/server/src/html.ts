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

/** The pieces of an app page (also what an app's own template places: bokeh_js, plot_div, plot_script). */
export interface PageParts {
  readonly js: string;
  readonly div: string;
  readonly script: string;
}

export function app_page_parts(opts: { bundle_url: string; item: EmbedItem }): PageParts {
  const { bundle_url, item } = opts;
  return {
    js: `<script type="text/javascript" src="${escape_html(bundle_url)}"></script>`,
    div: `<div id="${escape_html(item.elementid)}" data-root-id="${escape_html(item.elementid)}" style="display: contents;"></div>`,
    script: `<script type="application/json" id="dash-render-item">${script_json(item)}</script>
<script type="text/javascript">
(function() {
  var item = JSON.parse(document.getElementById("dash-render-item").textContent);
  function run() { window.Dash.embed_item(item); }
  if (document.readyState !== "loading") run(); else document.addEventListener("DOMContentLoaded", run);
})();
</script>`,
  };
}

export function app_page(opts: { title: string; bundle_url: string; item: EmbedItem }): string {
  const parts = app_page_parts(opts);
  const head = `<style>html, body { margin: 0; padding: 0; } body { font-family: sans-serif; }</style>
${parts.js}`;
  return html_page({ title: opts.title, head, body: `${parts.div}
${parts.script}` });
}

/** Bokeh's autoload.js: load the bundle once, then embed the session into the element with the given id. */
export function autoload_script(opts: { bundle_url: string; item: EmbedItem }): string {
  return `(function() {
  "use strict";
  var item = ${script_json(opts.item)};
  var bundle_url = ${script_json(opts.bundle_url)};
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
