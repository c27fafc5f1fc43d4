/**
 * HTTP routes: `/` (index or redirect), `/<app>` (page; creates or joins a session),
 * `/<app>/autoload.js` (Bokeh's server_document script), `/static/dash-client.js`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { DashError, ErrorCode } from "@dash/protocol";
import { app_page, autoload_script, index_page, type EmbedItem } from "./html.ts";
import { first, query_of, request_info } from "./request_info.ts";
import type { SessionManager } from "./session_manager.ts";
import type { DashState } from "./state.ts";
import { check_session_id_signature, generate_session_id, generate_token } from "./tokens.ts";

const SESSION_ID = /^[A-Za-z0-9_-]{1,200}$/;

function ws_scheme(req: FastifyRequest): string {
  return req.protocol === "https" ? "wss" : "ws";
}

/** Creates (or joins, with ?bokeh-session-id=) a session; returns its id and a fresh token. */
async function session_for(state: DashState, manager: SessionManager, req: FastifyRequest): Promise<{ id: string; token: string; title: string }> {
  const requested = first(query_of(req)["bokeh-session-id"]);
  let id: string;
  if (requested !== undefined) {
    if (!SESSION_ID.test(requested) || !check_session_id_signature(requested, state.tokens)) {
      throw new DashError(ErrorCode.BAD_TOKEN, "invalid bokeh-session-id");
    }
    id = requested;
  } else {
    id = generate_session_id(state.tokens);
  }
  const session = await manager.get_or_create(id, request_info(req));
  return { id, token: generate_token(id, state.tokens, state.options.session_token_expiration), title: session.document.title };
}

function fail(reply: FastifyReply, e: unknown, req: FastifyRequest): FastifyReply {
  if (e instanceof DashError && (e.code === ErrorCode.BAD_TOKEN || e.code === ErrorCode.BAD_OPTION)) {
    return reply.code(403).type("text/plain").send(`${e.code}: ${e.message}`);
  }
  req.log.error({ err: e }, "cannot create session");
  const text = e instanceof DashError ? `${e.code}: ${e.message}` : `app failed: ${e instanceof Error ? e.message : String(e)}`;
  return reply.code(500).type("text/plain").send(text);
}

export function register_http_routes(f: FastifyInstance, state: DashState): void {
  const prefix = state.options.prefix;

  f.get(prefix === "" ? "/" : prefix, (_req, reply) => {
    const names = state.app_names;
    if (names.length === 1) return reply.redirect(state.app_path(names[0]!));
    return reply.type("text/html; charset=utf-8").send(index_page({ prefix, apps: names }));
  });

  for (const [name, manager] of state.managers) {
    const path = state.app_path(name);

    f.get(path, async (req, reply) => {
      let s;
      try {
        s = await session_for(state, manager, req);
      } catch (e) {
        return fail(reply, e, req);
      }
      const item: EmbedItem = {
        ws_url: `${ws_scheme(req)}://${req.host}${path}/ws`,
        token: s.token,
        app_path: path,
        elementid: `dash-root-${name}`,
      };
      reply.header("cache-control", "no-store");
      return reply.type("text/html; charset=utf-8").send(app_page({ title: s.title, bundle_url: state.bundle_path, item }));
    });

    f.get(`${path}/autoload.js`, async (req, reply) => {
      const q = query_of(req);
      const elementid = first(q["bokeh-autoload-element"]);
      if (elementid === undefined || elementid === "") {
        return reply.code(400).type("text/plain").send("autoload.js needs a bokeh-autoload-element query argument");
      }
      const absolute = first(q["bokeh-absolute-url"]);
      let base = `${req.protocol}://${req.host}${path}`;
      if (absolute !== undefined) {
        try {
          base = new URL(absolute).href.replace(/\/$/, "");
        } catch {
          return reply.code(400).type("text/plain").send("bokeh-absolute-url is not a URL");
        }
      }
      const server_root = base.endsWith(path) ? base.slice(0, base.length - path.length) : new URL(base).origin;
      let s;
      try {
        s = await session_for(state, manager, req);
      } catch (e) {
        return fail(reply, e, req);
      }
      const item: EmbedItem = {
        ws_url: base.replace(/^http/, "ws") + "/ws",
        token: s.token,
        app_path: first(q["bokeh-app-path"]) ?? path,
        elementid,
      };
      reply.header("cache-control", "no-store");
      return reply
        .type("application/javascript; charset=utf-8")
        .send(autoload_script({ bundle_url: `${server_root}${state.bundle_path}`, item }));
    });
  }

  f.get(state.bundle_path, async (req, reply) => {
    try {
      const b = await state.bundle.get();
      return reply.type("application/javascript; charset=utf-8").header("cache-control", "no-cache").send(b.contents);
    } catch (e) {
      req.log.error({ err: e }, "client bundle unavailable");
      return reply.code(500).type("text/plain").send(`client bundle unavailable: ${e instanceof Error ? e.message : String(e)}`);
    }
  });

  f.get(`${state.bundle_path}.map`, async (_req, reply) => {
    const b = await state.bundle.get().catch(() => null);
    if (b?.map == null) return reply.code(404).send();
    return reply.type("application/json").send(b.map);
  });
}
