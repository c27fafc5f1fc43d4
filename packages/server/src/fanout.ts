/**
 * Fan-out of one document batch to a session's connections, following the echo rule:
 * a connection never gets back the events it sent. The full batch is serialized once and
 * its frames shared by every connection that gets all of it; a connection whose own
 * events are in the batch gets a separately serialized subset (or nothing).
 */
import {
  MsgType,
  encode_events,
  prepare_message,
  type DocumentEvent,
  type Model,
  type PreparedMessage,
} from "@dash/protocol";

export interface FanoutBatch {
  readonly version: number;
  readonly events: readonly DocumentEvent[];
  readonly new_models: ReadonlySet<Model>;
}

export interface FanoutTarget {
  /** The client whose edits this connection carries (its events are not echoed back). */
  readonly origin: string;
  deliver_batch(version: number, prepared: PreparedMessage): void;
}

/** A PATCH-DOC for these events: new models in full, numeric columns as binary buffers, {version} in metadata. */
export function prepare_patch(batch: FanoutBatch, events: readonly DocumentEvent[]): PreparedMessage {
  const { json, buffers } = encode_events(events, { binary: true, known: (m) => !batch.new_models.has(m) });
  return prepare_message(MsgType.PATCH_DOC, json, { metadata: { version: batch.version }, buffers: new Map(buffers) });
}

export function origins_of(batch: FanoutBatch): Set<string> {
  const origins = new Set<string>();
  for (const e of batch.events) if (e.origin !== undefined) origins.add(e.origin);
  return origins;
}

/** What a client that sent some of the batch's events gets: the rest (null when nothing is left). */
export function subset_for(batch: FanoutBatch, origin: string): PreparedMessage | null {
  const rest = batch.events.filter((e) => e.origin !== origin);
  return rest.length === 0 ? null : prepare_patch(batch, rest);
}

/**
 * Returns how many times the batch was serialized (1 for the shared form, plus one per origin).
 * `full` may be given when the caller already serialized the whole batch (e.g. for its log).
 */
export function fan_out(batch: FanoutBatch, targets: Iterable<FanoutTarget>, full: PreparedMessage | null = null): number {
  const origins = origins_of(batch);
  let serialized = 0;
  for (const t of targets) {
    if (origins.has(t.origin)) {
      const rest = batch.events.filter((e) => e.origin !== t.origin);
      if (rest.length === 0) continue;
      t.deliver_batch(batch.version, prepare_patch(batch, rest));
      serialized++;
    } else {
      if (full === null) {
        full = prepare_patch(batch, batch.events);
        serialized++;
      }
      t.deliver_batch(batch.version, full);
    }
  }
  return serialized;
}
