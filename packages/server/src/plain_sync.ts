/**
 * Convergence for a plain Bokeh client (one that sends no client_id: BokehJS, Bokeh's Python
 * client). Such a client applies its own edits at once and is never sent them back (the echo
 * rule), so when its edit of an attribute crosses, on the wire, a batch setting the same
 * attribute, it ends holding the other value while the server holds its own.
 *
 * Per connection this keeps the attributes ("keys") sent to the client that it may not have
 * applied yet: a key stays *unseen* until the websocket pong of a ping sent after it came
 * back, plus a grace for the client's event loop. When a patch of the client that sets an
 * unseen key is applied, the key's current value is sent back to it (a correction) once the
 * client has stopped changing it for a moment, so a dragged slider does not jump mid-drag. A
 * correction is itself a send of the key (it may cross the client's next edit). Without a
 * crossing nothing is sent back.
 */
import { assertNever, type DocumentEvent } from "@dash/protocol";

/** After the pong, how long the client may still take to apply what it had received. */
export const SEEN_GRACE_MS = 250;
/** A correction waits until the client has not changed the key for this long. */
export const CORRECTION_SETTLE_MS = 60;
/**
 * Probes are at most this often per connection: a fast stream of batches then costs a ping
 * every 50 ms, not one per batch (a key stays unseen at most this much longer, which can
 * only make a correction, a resend of the current value, a little more likely).
 */
export const PROBE_INTERVAL_MS = 50;

/** `model id \0 attr`, or `\0title` for the document title. */
export type SyncKey = string;

const key = (model_id: string, attr: string): SyncKey => `${model_id}\u0000${attr}`;
export const TITLE_KEY: SyncKey = "\u0000title";

/** The key an event sets, or null (roots, messages: nothing a value could be lost in). */
export function key_of_event(e: DocumentEvent): SyncKey | null {
  switch (e.kind) {
    case "ModelChanged":
      return key(e.model.id, e.attr);
    case "ColumnDataChanged":
    case "ColumnsStreamed":
    case "ColumnsPatched":
      return key(e.model.id, e.attr);
    case "TitleChanged":
      return TITLE_KEY;
    case "RootAdded":
    case "RootRemoved":
    case "MessageSent":
      return null;
    default:
      return assertNever(e, "event");
  }
}

/** The keys a received PATCH-DOC's content sets (read from its JSON; it was validated when applied). */
export function keys_of_patch(content: unknown): Set<SyncKey> {
  const out = new Set<SyncKey>();
  const events = (content as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return out;
  for (const e of events as unknown[]) {
    if (typeof e !== "object" || e === null) continue;
    const { kind, model, attr } = e as { kind?: unknown; model?: unknown; attr?: unknown };
    if (kind === "TitleChanged") out.add(TITLE_KEY);
    else if (kind === "ModelChanged" || kind === "ColumnDataChanged" || kind === "ColumnsStreamed" || kind === "ColumnsPatched") {
      const id = (model as { id?: unknown } | null)?.id;
      if (typeof id === "string" && typeof attr === "string") out.add(key(id, attr));
    }
  }
  return out;
}

export function split_key(k: SyncKey): { model_id: string; attr: string } | "title" {
  if (k === TITLE_KEY) return "title";
  const i = k.indexOf("\u0000");
  return { model_id: k.slice(0, i), attr: k.slice(i + 1) };
}

export interface ProbeSocket {
  /** A websocket ping carrying `payload`; its pong comes back through PlainSync.pong. */
  probe(payload: string): void;
}

export class PlainSync {
  private seq = 0;
  /** Seq of the ping in flight, or null. */
  private probing: number | null = null;
  private readonly unseen = new Map<SyncKey, number>();
  private readonly timers = new Map<SyncKey, ReturnType<typeof setTimeout>>();
  private readonly graces = new Set<ReturnType<typeof setTimeout>>();
  private closed = false;
  private last_probe = -Infinity;
  private probe_timer: ReturnType<typeof setTimeout> | null = null;
  /** Corrections sent (stats, tests). */
  corrections = 0;

  constructor(
    private readonly socket: ProbeSocket,
    /** Send the keys' current values to the client (and report them through `sent`). */
    private readonly correct: (keys: readonly SyncKey[]) => void,
  ) {}

  /** These keys went to the client (a batch, or a correction). */
  sent(keys: Iterable<SyncKey>): void {
    if (this.closed) return;
    let any = false;
    for (const k of keys) {
      if (!any) this.seq++;
      any = true;
      this.unseen.set(k, this.seq);
    }
    if (any) this.probe();
  }

  private probe(): void {
    if (this.probing !== null || this.probe_timer !== null || this.closed) return;
    const wait = this.last_probe + PROBE_INTERVAL_MS - Date.now();
    if (wait > 0) {
      this.probe_timer = setTimeout(() => {
        this.probe_timer = null;
        this.probe();
      }, wait);
      this.probe_timer.unref?.();
      return;
    }
    this.last_probe = Date.now();
    this.probing = this.seq;
    this.socket.probe(`dash-seen:${this.seq}`);
  }

  /** A pong arrived (any payload; keep-alive pongs are ignored). */
  pong(payload: string): void {
    if (this.probing === null || payload !== `dash-seen:${this.probing}`) return;
    const n = this.probing;
    this.probing = null;
    const t = setTimeout(() => {
      this.graces.delete(t);
      for (const [k, s] of this.unseen) if (s <= n) this.unseen.delete(k);
    }, SEEN_GRACE_MS);
    t.unref?.();
    this.graces.add(t);
    if (this.seq > n) this.probe();
  }

  /** The client's patch setting these keys was applied: correct the ones it may have crossed. */
  applied(keys: ReadonlySet<SyncKey>): void {
    if (this.closed) return;
    for (const k of keys) {
      if (!this.unseen.has(k) && !this.timers.has(k)) continue;
      const old = this.timers.get(k);
      if (old !== undefined) clearTimeout(old);
      const t = setTimeout(() => {
        this.timers.delete(k);
        if (this.closed) return;
        this.corrections++;
        this.correct([k]);
      }, CORRECTION_SETTLE_MS);
      t.unref?.();
      this.timers.set(k, t);
    }
  }

  /** Whether anything is waiting (tests). */
  get idle(): boolean {
    return this.timers.size === 0;
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    for (const t of this.graces) clearTimeout(t);
    if (this.probe_timer !== null) clearTimeout(this.probe_timer);
    this.probe_timer = null;
    this.timers.clear();
    this.graces.clear();
    this.unseen.clear();
  }
}
