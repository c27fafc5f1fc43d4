/**
 * HTTP routes: `/` (index or redirect), `/<app>` (page; creates or joins a session),
 * `/<app>/autoload.js` (Bokeh's server_document script), `/static/dash-client.js`,
 * `/static/bokehjs/<bundle>`. Pages and autoload.js use the server's client (`--client`,
 * default auto: decided per document, client_choice.ts) unless the request says `?client=dash|bokehjs`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { BINARY_PULL_CLAIM, DashError, ErrorCode, type Document } from "@dash/protocol";
import { bokehjs_package, bokehjs_urls, register_bokehjs_assets } from "./bokehjs_assets.ts";
import { basename, dirname } from "node:path";
import { PassThrough } from "node:stream";
import { bokehjs_autoload_script, bokehjs_page, bokehjs_page_parts, bokehjs_spinner_page_end, type BokehPageParts } from "./bokehjs_html.ts";
import { app_page, app_page_parts, autoload_base_js, autoload_script, index_page, spinner_page_end, spinner_page_start, type EmbedItem, type PageItem, type PageParts } from "./html.ts";
import { render_app_template } from "./app_template.ts";
import { register_app_static } from "./app_static.ts";
import { BUNDLE_NAME, MATH_BUNDLE_NAME } from "./bundle.ts";
import { CLIENT_KINDS, type ClientChoice } from "./options.ts";
import { autoload_marker, decide_client, decision_marker, type ClientDecision } from "./client_choice.ts";
import { first, query_of, request_info } from "./request_info.ts";
import type { SessionKind, SessionManager } from "./session_manager.ts";
import { public_origin, set_common_headers, set_page_headers } from "./page_security.ts";
import type { DashState } from "./state.ts";
import { check_session_id_signature, generate_session_id, generate_token, named_session_id } from "./tokens.ts";

const SESSION_ID = /^[A-Za-z0-9_-]{1,200}$/;

const DOC_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** A request the route refuses with this status. */
class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The client a page or autoload.js asks for: `?client=` or the server's default (auto: decided per document). */
function client_of(state: DashState, req: FastifyRequest): ClientChoice {
  const q = first(query_of(req).client);
  const client = q === undefined || q === "" ? state.options.client : q;
  if (!(CLIENT_KINDS as readonly string[]).includes(client)) {
    throw new HttpError(400, `client must be one of ${CLIENT_KINDS.join(", ")}, got '${client}'`);
  }
  if (client === "bokehjs") need_bokehjs();
  return client as ClientChoice;
}

function need_bokehjs(): void {
  try {
    bokehjs_package();
  } catch (e) {
    throw new HttpError(500, e instanceof Error ? e.message : String(e));
  }
}

/** The client of this page: as asked, or (auto) Dash's when it handles every model type of the document; logged once per app and reason. */
async function decide(state: DashState, app: string, choice: ClientChoice, doc: Document): Promise<ClientDecision> {
  // An unavailable bundle (a build error) has no manifest: BokehJS shows the document instead.
  const handled = choice === "auto" ? await state.bundle.handled().catch(() => null) : null;
  const d = decide_client(choice, doc, handled);
  state.decisions.note(app, d);
  if (d.client === "bokehjs" && choice === "auto") need_bokehjs();
  return d;
}

interface PageSession {
  readonly id: string;
  readonly token: string;
  readonly title: string;
  readonly root_ids: readonly string[];
  readonly document: Document;
}

/**
 * Creates (or joins) a session; returns its id and a fresh token. `?bokeh-session-id=`
 * joins that session; `?doc=<name>` joins the document of that name when the app exports
 * `named_documents = true` (refused otherwise); an app exporting `shared = true` has one
 * document for every visitor. Named documents are discarded when unused, like sessions,
 * unless the app exports `keep_documents = true`; the shared one lives while the server runs.
 */
function start_session(state: DashState, manager: SessionManager, req: FastifyRequest): PendingSession {
  const q = query_of(req);
  const requested = first(q["bokeh-session-id"]);
  const doc_name = first(q["doc"]);
  let id: string;
  let kind: SessionKind = "session";
  if (requested === undefined && doc_name !== undefined) {
    if (!manager.named_documents) {
      throw new DashError(ErrorCode.NAMED_DOCUMENTS_DISABLED, `app '${manager.app_name}' has no named documents (?doc=); it must export named_documents = true`);
    }
    if (!DOC_NAME.test(doc_name)) throw new DashError(ErrorCode.BAD_TOKEN, "invalid doc name (letters, digits, _ and -)");
    id = named_session_id(`doc_${doc_name}`, state.tokens);
    kind = "named";
  } else if (requested === undefined && manager.shared) {
    id = named_session_id("shared", state.tokens);
    kind = "shared";
  } else if (requested !== undefined) {
    if (!SESSION_ID.test(requested) || !check_session_id_signature(requested, state.tokens)) {
      throw new DashError(ErrorCode.BAD_TOKEN, "invalid bokeh-session-id");
    }
    id = requested;
  } else {
    id = generate_session_id(state.tokens);
  }
  const existed = manager.get(id) !== undefined;
  const ready = manager.get_or_create(id, request_info(req), kind).then((session) => {
    // Both clients Dash's pages load (its own, BokehJS 3.10) read binary pull replies.
    const token = generate_token(id, state.tokens, state.options.session_token_expiration, { [BINARY_PULL_CLAIM]: true });
    return { id, token, title: session.document.title, root_ids: session.document.roots.map((r) => r.id), document: session.document };
  });
  return { id, existed, ready };
}

/** A session being made or joined: `ready` once its document exists. */
interface PendingSession {
  readonly id: string;
  /** It existed before this request (nothing to wait for). */
  readonly existed: boolean;
  readonly ready: Promise<PageSession>;
}

async function session_for(state: DashState, manager: SessionManager, req: FastifyRequest): Promise<PageSession> {
  return start_session(state, manager, req).ready;
}

/** A page whose session takes longer than this to build is sent with a spinner first. */
const SPINNER_AFTER_MS = 1000;

function settles_within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((ok) => (timer = setTimeout(() => ok(false), ms)));
  return Promise.race([p.then(() => true, () => true), late]).finally(() => clearTimeout(timer));
}

/** What a page or autoload.js request asks for: its session (made or joined), and the client decided for its document. */
async function page_request(state: DashState, manager: SessionManager, req: FastifyRequest): Promise<{ d: ClientDecision; s: PageSession }> {
  const choice = client_of(state, req);
  const s = await session_for(state, manager, req);
  return { d: await decide(state, manager.app_name, choice, s.document), s };
}

function fail(reply: FastifyReply, e: unknown, req: FastifyRequest, dev: boolean): FastifyReply {
  if (e instanceof HttpError) return reply.code(e.status).type("text/plain").send(e.message);
  if (e instanceof DashError && e.code === ErrorCode.TOO_MANY_SESSIONS) {
    return reply.code(503).header("retry-after", "10").type("text/plain").send(`${e.code}: ${e.message}`);
  }
  if (e instanceof DashError && e.code === ErrorCode.NAMED_DOCUMENTS_DISABLED) {
    return reply.code(404).type("text/plain").send(`${e.code}: ${e.message}`);
  }
  if (e instanceof DashError && (e.code === ErrorCode.BAD_TOKEN || e.code === ErrorCode.BAD_OPTION)) {
    return reply.code(403).type("text/plain").send(`${e.code}: ${e.message}`);
  }
  req.log.error({ err: e }, "cannot create session");
  // The app's exception text may hold internals (paths, queries): only --dev shows it; the log always has it.
  const detail = dev ? `: ${e instanceof Error ? e.message : String(e)}` : " (details in the server log)";
  const text = e instanceof DashError ? `${e.code}${dev ? `: ${e.message}` : " (details in the server log)"}` : `app failed${detail}`;
  return reply.code(500).type("text/plain").send(text);
}

/** Page parts whose scripts also carry the client decision's marker. */
function with_marker<P extends PageParts | BokehPageParts>(parts: P, marker: string): P {
  return { ...parts, js: `${parts.js}\n${marker}` };
}

/** A directory app's templates/index.html for this page request (a template error is a 500 naming it). */
function send_template(reply: FastifyReply, req: FastifyRequest, manager: SessionManager, s: PageSession, template: string, parts: PageParts | BokehPageParts): FastifyReply {
  const roots = manager.get(s.id)?.document.roots ?? [];
  const page = "divs" in parts ? { js: parts.js, script: parts.script, divs: parts.divs } : { js: parts.js, script: parts.script, whole: parts.div };
  try {
    return reply.send(render_app_template(dirname(template), basename(template), { title: s.title, roots, ...page }));
  } catch (e) {
    req.log.error({ err: e, template }, "app template failed");
    return reply.code(500).type("text/plain").send(`${ErrorCode.APP_LOAD}: template ${template} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function register_http_routes(f: FastifyInstance, state: DashState): void {
  const prefix = state.options.prefix;

  const parity = state.options.parity; // --index, --disable-index, --disable-index-redirect
  if (!parity.disable_index) {
    f.get(prefix === "" ? "/" : prefix, (_req, reply) => {
      const names = state.app_names;
      if (names.length === 1 && !parity.disable_index_redirect) return reply.redirect(state.app_path(names[0]!));
      set_page_headers(reply, state);
      return reply.type("text/html; charset=utf-8").send(index_page({ prefix, apps: names, template: parity.index_template }));
    });
  }

  for (const [name, manager] of state.managers) {
    const path = state.app_path(name);
    const directory = state.options.apps[name]?.directory;
    if (directory?.static_dir != null) register_app_static(f, path, directory.static_dir);

    // No ws_url: the page builds it from `location`, never from the request's Host header.
    const item_of = (token: string): PageItem => ({
      token,
      app_path: path,
      elementid: `dash-root-${name}`,
      max_message_size: state.options.websocket_max_message_size,
    });
    f.get(path, async (req, reply) => {
      // fastify answers HEAD with the GET handler: a HEAD gets the headers only and never runs the app.
      if (req.method === "HEAD") {
        set_page_headers(reply, state);
        return reply.header("cache-control", "no-store").type("text/html; charset=utf-8").send();
      }
      let choice: ClientChoice, pending: PendingSession;
      try {
        choice = client_of(state, req);
        pending = start_session(state, manager, req);
      } catch (e) {
        return fail(reply, e, req, state.options.dev);
      }
      const decided = pending.ready.then(async (s) => ({ s, d: await decide(state, name, choice, s.document) }));
      decided.catch(() => undefined); // awaited below (or by the spinner), which reports the failure
      if (choice !== "bokehjs" && directory?.template == null && !pending.existed && !(await settles_within(pending.ready, SPINNER_AFTER_MS))) {
        // Still building: the browser gets a spinner now and the app when the document exists.
        const body = new PassThrough();
        const nonce = set_page_headers(reply, state);
        body.write(spinner_page_start());
        decided.then(
          ({ s, d }) => body.end(d.client === "bokehjs"
            ? bokehjs_spinner_page_end({ title: s.title, js_urls: bokehjs_urls("", prefix), token: s.token, root_ids: s.root_ids, nonce, marker: decision_marker(d, nonce) })
            : spinner_page_end({ title: s.title, bundle_url: state.bundle_path, item: item_of(s.token), dev_error: state.dev_errors.get(name), nonce, marker: decision_marker(d, nonce) })),
          (e: unknown) => {
            req.log.error({ err: e }, "cannot create session");
            // As on a 500 page: the app's exception text only with --dev.
            const dev = state.options.dev;
            const text = e instanceof DashError && (dev || e.code === ErrorCode.TOO_MANY_SESSIONS)
              ? `${e.code}: ${e.message}`
              : `app failed${dev ? `: ${e instanceof Error ? e.message : String(e)}` : " (details in the server log)"}`;
            body.end(spinner_page_end({ error: text, nonce }));
          },
        );
        return reply.header("cache-control", "no-store").type("text/html; charset=utf-8").send(body);
      }
      let s: PageSession, d: ClientDecision;
      try {
        ({ s, d } = await decided);
      } catch (e) {
        return fail(reply, e, req, state.options.dev);
      }
      const nonce = set_page_headers(reply, state);
      reply.header("cache-control", "no-store").type("text/html; charset=utf-8");
      const template = directory?.template;
      const marker = decision_marker(d, nonce);
      if (d.client === "bokehjs") {
        const js_urls = bokehjs_urls("", prefix);
        if (template != null) return send_template(reply, req, manager, s, template, with_marker(bokehjs_page_parts({ js_urls, token: s.token, root_ids: s.root_ids, nonce }), marker));
        return reply.send(bokehjs_page({ title: s.title, js_urls, token: s.token, root_ids: s.root_ids, nonce, marker }));
      }
      const item = item_of(s.token);
      if (template != null) return send_template(reply, req, manager, s, template, with_marker(app_page_parts({ bundle_url: state.bundle_path, item, nonce }), marker));
      return reply.send(app_page({ title: s.title, bundle_url: state.bundle_path, item, nonce, dev_error: state.dev_errors.get(name), marker }));
    });

    f.get(`${path}/autoload.js`, async (req, reply) => {
      set_common_headers(reply);
      const q = query_of(req);
      const elementid = first(q["bokeh-autoload-element"]);
      if (elementid === undefined || elementid === "") {
        return reply.code(400).type("text/plain").send("autoload.js needs a bokeh-autoload-element query argument");
      }
      const absolute = first(q["bokeh-absolute-url"]);
      // The app's absolute URL: what the embedding page says, else the configured origins; null: the browser works it out.
      const origin = public_origin(state, req);
      let base: string | null = origin === null ? null : `${origin}${path}`;
      if (absolute !== undefined) {
        try {
          base = new URL(absolute).href.replace(/\/$/, "");
        } catch {
          return reply.code(400).type("text/plain").send("bokeh-absolute-url is not a URL");
        }
      }
      const reply_headers = () =>
        // Fetched cross-origin by server_document's XHR: readable from any page, never cached.
        reply.header("cache-control", "no-store").header("access-control-allow-origin", "*").type("application/javascript; charset=utf-8");
      if (req.method === "HEAD") return reply_headers().send();
      const server_root = base === null ? null : base.endsWith(path) ? base.slice(0, base.length - path.length) : new URL(base).origin;
      const base_js = autoload_base_js(base, `${req.protocol}://${req.host}${path}`, path);
      let page;
      try {
        page = await page_request(state, manager, req);
      } catch (e) {
        return fail(reply, e, req, state.options.dev);
      }
      const { d, s } = page;
      const app_path = first(q["bokeh-app-path"]) ?? path;
      reply_headers();
      const marker = autoload_marker(d, elementid);
      if (d.client === "bokehjs") {
        return reply.send(marker + bokehjs_autoload_script({
          base: base_js,
          js_urls: bokehjs_urls(server_root ?? "", prefix),
          version: bokehjs_package().version,
          token: s.token,
          elementid,
          app_path,
        }));
      }
      const item: EmbedItem = { ws_url: base === null ? "" : base.replace(/^http/, "ws") + "/ws", token: s.token, app_path, elementid, max_message_size: state.options.websocket_max_message_size };
      return reply.send(marker + autoload_script({ base: base_js, item, bundle_url: `${server_root ?? ""}${state.bundle_path}` }));
    });
  }

  register_bokehjs_assets(f, prefix);

  f.get(state.bundle_path, async (req, reply) => {
    try {
      const b = await state.bundle.get();
      return reply.type("application/javascript; charset=utf-8").header("cache-control", "no-cache").send(b.contents);
    } catch (e) {
      req.log.error({ err: e }, "client bundle unavailable");
      return reply.code(500).type("text/plain").send(`client bundle unavailable: ${e instanceof Error ? e.message : String(e)}`);
    }
  });

  // the math chunk (MathJax) the client loads beside its bundle when a document shows math text
  f.get(state.bundle_path.replace(BUNDLE_NAME, MATH_BUNDLE_NAME), async (_req, reply) => {
    const b = await state.bundle.get().catch(() => null);
    if (b?.math == null) return reply.code(404).type("text/plain").send("no math chunk beside the client bundle");
    return reply.type("application/javascript; charset=utf-8").header("cache-control", "no-cache").send(b.math);
  });

  f.get(`${state.bundle_path}.map`, async (_req, reply) => {
    const b = await state.bundle.get().catch(() => null);
    if (b?.map == null) return reply.code(404).send();
    return reply.type("application/json").send(b.map);
  });
}
