/**
 * Pages and autoload.js for the real BokehJS client, as a Bokeh 3 server writes them:
 *
 * - the app page (bokeh/server/views/doc_handler.py -> server_html_page_for_session): the
 *   bundles, one `<div data-root-id>` per root, and an inline script calling
 *   `Bokeh.embed.embed_items({}, [{token, roots, root_ids, use_for_title}])`; BokehJS then
 *   derives the websocket URL from the page location (`<pathname>/ws`) and opens it with
 *   subprotocols ['bokeh', token].
 * - autoload.js (bokeh/server/views/autoload_js_handler.py + AUTOLOAD_JS): loads the bundles
 *   from the server (once per page, shared with other autoload scripts), then calls
 *   `embed_items({}, [{token, elementid}], app_path, absolute_url)` for the element
 *   `bokeh-autoload-element` (a `<script>` there is replaced by a div, as server_document's
 *   tag is).
 */
import { escape_html, html_page, script_json, spinner_removal } from "./html.ts";

export interface BokehRenderItem {
  readonly token: string;
  readonly elementid?: string;
  readonly roots?: Readonly<Record<string, string>>;
  readonly root_ids?: readonly string[];
  readonly use_for_title?: boolean;
}

export interface BokehPageOptions {
  readonly title: string;
  readonly js_urls: readonly string[];
  readonly token: string;
  /** Ids of the document's roots, in document order (each gets its own element, as in Bokeh). */
  readonly root_ids: readonly string[];
  /** The response's CSP nonce, carried by the inline scripts. */
  readonly nonce: string;
  /** Extra head markup (the --client auto decision's marker). */
  readonly marker?: string;
}

let counter = 0;
function element_id(): string {
  counter = (counter + 1) % 1e9;
  return `bk-${Date.now().toString(36)}-${counter.toString(36)}`;
}

/** The pieces of a BokehJS page; `divs` by root id (what an app template's embed(root) places). */
export interface BokehPageParts {
  readonly js: string;
  readonly divs: ReadonlyMap<string, string>;
  readonly script: string;
}

export function bokehjs_page_parts(opts: Omit<BokehPageOptions, "title">): BokehPageParts {
  const roots: Record<string, string> = {};
  const divs = new Map<string, string>();
  for (const id of opts.root_ids) {
    const el = element_id();
    roots[id] = el;
    divs.set(id, `<div id="${escape_html(el)}" data-root-id="${escape_html(id)}" style="display: contents;"></div>`);
  }
  const render_items: BokehRenderItem[] = [{ token: opts.token, roots, root_ids: [...opts.root_ids], use_for_title: true }];
  const js = opts.js_urls.map((u) => `<script type="text/javascript" src="${escape_html(u)}"></script>`).join("\n")
    + `\n<script type="text/javascript" nonce="${escape_html(opts.nonce)}">Bokeh.set_log_level("info");</script>`;
  const script = `<script type="text/javascript" nonce="${escape_html(opts.nonce)}">
(function() {
  var render_items = ${script_json(render_items)};
  function fn() {
    Bokeh.safely(function() {
      Bokeh.embed.embed_items({}, render_items);
    });
  }
  if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
})();
</script>`;
  return { js, divs, script };
}

export function bokehjs_page(opts: BokehPageOptions): string {
  const parts = bokehjs_page_parts(opts);
  const head = `<style>html, body { box-sizing: border-box; display: flow-root; height: 100%; margin: 0; padding: 0; }</style>
${parts.js}${opts.marker === undefined ? "" : `\n${opts.marker}`}`;
  return html_page({ title: opts.title, head, body: `${[...parts.divs.values()].join("\n")}\n${parts.script}` });
}

/** The rest of a spinner page (html.ts spinner_page_start) when --client auto chose BokehJS for the document. */
export function bokehjs_spinner_page_end(opts: BokehPageOptions): string {
  const parts = bokehjs_page_parts(opts);
  return `${spinner_removal(opts.title, opts.nonce)}${opts.marker === undefined ? "" : `\n${opts.marker}`}
${parts.js}
${[...parts.divs.values()].join("\n")}
${parts.script}
</body>
</html>
`;
}

export interface BokehAutoloadOptions {
  /** autoload_base_js(...): sets `derived`, `base` and `server_root`. */
  readonly base: string;
  /** Absolute when the server knows its base, else paths below `server_root`. */
  readonly js_urls: readonly string[];
  readonly version: string;
  readonly token: string;
  readonly elementid: string;
  readonly app_path: string;
}

export function bokehjs_autoload_script(opts: BokehAutoloadOptions): string {
  const render_items: BokehRenderItem[] = [{ token: opts.token, elementid: opts.elementid, use_for_title: false }];
  return `(function(root) {
  "use strict";
  ${opts.base}
  var js_urls = ${script_json(opts.js_urls)};
  if (derived) js_urls = js_urls.map(function(u) { return server_root + u; });
  var version = ${script_json(opts.version)};
  var elementid = ${script_json(opts.elementid)};
  var render_items = ${script_json(render_items)};
  var app_path = ${script_json(opts.app_path)};
  var absolute_url = base;
  if (document.getElementById(elementid) == null) {
    console.warn("Bokeh: autoload.js configured with elementid '" + elementid + "' but no matching element was found");
    return;
  }
  function embed() {
    root.Bokeh.safely(function() { root.Bokeh.embed.embed_items({}, render_items, app_path, absolute_url); });
  }
  function loaded() {
    return root.Bokeh !== undefined && root.Bokeh.version === version && root.Bokeh.Widgets !== undefined && root.Bokeh.Tables !== undefined;
  }
  if (loaded()) { embed(); return; }
  if (root._bokeh_onload_callbacks === undefined) root._bokeh_onload_callbacks = [];
  root._bokeh_onload_callbacks.push(embed);
  if (root._bokeh_is_loading > 0) return;
  root._bokeh_is_loading = js_urls.length;
  js_urls.forEach(function(url) {
    var s = document.createElement("script");
    s.src = url;
    s.async = false;
    s.onload = function() {
      root._bokeh_is_loading--;
      if (root._bokeh_is_loading === 0) {
        var callbacks = root._bokeh_onload_callbacks;
        root._bokeh_onload_callbacks = [];
        callbacks.forEach(function(cb) { cb(); });
      }
    };
    s.onerror = function() { console.error("Bokeh: failed to load library " + url); };
    document.head.appendChild(s);
  });
})(window);
`;
}
