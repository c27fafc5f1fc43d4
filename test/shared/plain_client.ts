/**
 * A plain Bokeh-protocol client for tests: no Dash metadata (no client_id, versions ignored),
 * a document replica that applies every PATCH-DOC as it arrives and its own edits at once,
 * never hearing them back — what BokehJS and Bokeh's Python client do.
 */
import { Document, MsgType, create_message, type Message } from "@dash/protocol";
import { connect, type RawClient, type Running } from "../server/helpers.ts";

export class PlainClient {
  doc: Document | null = null;
  /** PATCH-DOCs received after the pull (each with events). */
  readonly patches: Message[] = [];
  last_message = Date.now();
  private seen = 0;

  constructor(readonly raw: RawClient) {
    // Registered after RawClient's own listener: each message is applied in the same turn it
    // arrives, before a later ping is answered (as a browser applies a message it dispatched).
    raw.ws.on("message", () => this.apply_new());
  }

  static async open(r: Running, app: string, session_id: string): Promise<PlainClient> {
    const c = new PlainClient(await connect(r, app, session_id));
    await c.raw.pull({});
    await c.raw.until(() => c.doc !== null);
    return c;
  }

  private apply_new(): void {
    const ms = this.raw.messages;
    for (; this.seen < ms.length; this.seen++) {
      const m = ms[this.seen]!;
      this.last_message = Date.now();
      if (m.header.msgtype === MsgType.PULL_DOC_REPLY) {
        this.doc = Document.from_json((m.content as { doc: unknown }).doc, m.buffers);
      } else if (m.header.msgtype === MsgType.PATCH_DOC && this.doc !== null) {
        if ((m.content as { events: unknown[] }).events.length === 0) continue;
        this.patches.push(m);
        this.doc.apply_events(m.content, m.buffers);
      }
    }
  }

  get(name: string, attr: string): unknown {
    const m = this.doc!.get_model_by_name(name);
    return Reflect.get(m!, attr);
  }

  /** A user's edit: applied here at once, then sent. */
  set(name: string, attr: string, value: unknown): void {
    const m = this.doc!.get_model_by_name(name)!;
    const content = { events: [{ kind: "ModelChanged", model: { id: m.id }, attr, new: value }] };
    this.doc!.apply_events(content, new Map(), "local");
    this.raw.send(create_message(MsgType.PATCH_DOC, content));
  }

  close(): void {
    this.raw.close();
  }
}
