/**
 * `--client auto` (the default): which browser client a page or autoload.js gets, per document.
 * Dash's client when it handles every model type in the session's document (the manifest the
 * bundle build writes beside the bundle: bundle.ts), BokehJS otherwise, so a document is never
 * shown blank. `?client=dash|bokehjs` (or `--client dash|bokehjs`) forces one. The decision is
 * said in the page (a `<meta name="dash-client">`, `data-dash-client` on the root element, a
 * console line when BokehJS stands in) and in the server log, once per app and reason.
 */
import type { Document } from "@dash/protocol";
import type { FastifyBaseLogger } from "fastify";
import { escape_html, script_json } from "./html.ts";
import type { ClientChoice, ClientKind } from "./options.ts";

export type DecisionReason =
  /** `?client=` or `--client dash|bokehjs`. */
  | "requested"
  /** auto: Dash's client handles every type in the document. */
  | "handled"
  /** auto: the document holds types Dash's client does not handle. */
  | "unhandled"
  /** auto: Dash's client bundle (or its manifest) is unavailable. */
  | "no-manifest";

export interface ClientDecision {
  readonly client: ClientKind;
  readonly reason: DecisionReason;
  /** The document's types Dash's client does not handle (sorted; empty unless reason is "unhandled"). */
  readonly unhandled: readonly string[];
}

/** The document's model types missing from `handled`, sorted. One pass over the models (a Set lookup each). */
export function unhandled_types(doc: Document, handled: ReadonlySet<string>): string[] {
  let missing: Set<string> | null = null;
  for (const m of doc.models.values()) {
    const t = m.type;
    if (!handled.has(t)) (missing ??= new Set()).add(t);
  }
  return missing === null ? [] : [...missing].sort();
}

/** The client for one document; `handled` is null when the client's manifest is unavailable. */
export function decide_client(choice: ClientChoice, doc: Document, handled: ReadonlySet<string> | null): ClientDecision {
  if (choice !== "auto") return { client: choice, reason: "requested", unhandled: [] };
  if (handled === null) return { client: "bokehjs", reason: "no-manifest", unhandled: [] };
  const unhandled = unhandled_types(doc, handled);
  return unhandled.length === 0 ? { client: "dash", reason: "handled", unhandled } : { client: "bokehjs", reason: "unhandled", unhandled };
}

/** Bound on the distinct reasons remembered per app (an app whose documents vary a lot still logs a bounded amount). */
const MAX_REASONS_PER_APP = 64;

/** Logs each auto decision once per app and reason (the set of unhandled types). */
export class DecisionLog {
  private readonly seen = new Map<string, Set<string>>();

  constructor(private readonly log: FastifyBaseLogger) {}

  note(app: string, d: ClientDecision): void {
    if (d.reason === "requested") return;
    const key = `${d.reason}:${d.unhandled.join(",")}`;
    let seen = this.seen.get(app);
    if (seen === undefined) this.seen.set(app, (seen = new Set()));
    if (seen.has(key) || seen.size >= MAX_REASONS_PER_APP) return;
    seen.add(key);
    if (d.reason === "handled") this.log.info({ app, client: "dash" }, `--client auto: app '${app}' is served with Dash's client (it handles every model type of the document)`);
    else if (d.reason === "no-manifest") this.log.warn({ app, client: "bokehjs" }, `--client auto: app '${app}' is served with BokehJS (Dash's client bundle or its manifest is unavailable)`);
    else this.log.info({ app, client: "bokehjs", unhandled: d.unhandled }, `--client auto: app '${app}' is served with BokehJS; Dash's client does not handle ${d.unhandled.join(", ")}`);
  }
}

/** What the console says when BokehJS stands in for Dash's client. */
export function decision_text(d: ClientDecision): string | null {
  if (d.reason === "unhandled") return `[dash] --client auto: BokehJS renders this document; Dash's client does not handle ${d.unhandled.join(", ")}`;
  if (d.reason === "no-manifest") return "[dash] --client auto: BokehJS renders this document; Dash's client bundle is unavailable";
  return null;
}

/**
 * The page's marker of the decision: `<meta name="dash-client" content="dash|bokehjs" data-reason data-unhandled>`,
 * and a script setting `data-dash-client` on <html> (and saying why in the console when BokehJS stands in).
 */
export function decision_marker(d: ClientDecision, nonce: string): string {
  const text = decision_text(d);
  const unhandled = d.unhandled.length > 0 ? ` data-unhandled="${escape_html(d.unhandled.join(" "))}"` : "";
  return `<meta name="dash-client" content="${d.client}" data-reason="${d.reason}"${unhandled}>
<script nonce="${escape_html(nonce)}">document.documentElement.setAttribute("data-dash-client", ${script_json(d.client)});${text === null ? "" : ` console.info(${script_json(text)});`}</script>`;
}

/** autoload.js's marker: `data-dash-client` on the target element and the console line (no <head> to write to). */
export function autoload_marker(d: ClientDecision, elementid: string): string {
  const text = decision_text(d);
  return `(function() {
  var el = document.getElementById(${script_json(elementid)});
  if (el != null) el.setAttribute("data-dash-client", ${script_json(d.client)});${text === null ? "" : `\n  console.info(${script_json(text)});`}
})();
`;
}
