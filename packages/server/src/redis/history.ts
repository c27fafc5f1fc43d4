/**
 * The resume log of a process that starts hosting a document late, read back from the
 * document's Redis log: the batches before its snapshot, so a client that saw version v
 * on another process resumes here with what it missed instead of a whole document.
 */
import { MsgType, prepare_raw, type PreparedMessage } from "@dash/protocol";
import { prepared_bytes, type LoggedBatch } from "../batch_log.ts";
import type { LogEntry } from "./entries.ts";

type BatchEntry = Extract<LogEntry, { kind: "batch" }>;

/** A batch as the leader published it; a client whose events are in it gets the others. */
export function logged_batch(e: BatchEntry): LoggedBatch {
  const full = prepare_raw(MsgType.PATCH_DOC, e.content, { metadata: { version: e.version }, buffers: e.buffers });
  const origins = new Set<string>();
  for (const o of e.origins) if (o !== null) origins.add(o);
  return {
    version: e.version,
    full,
    origins,
    bytes: prepared_bytes(full),
    subset: (origin) => subset_of(e, origin),
  };
}

/**
 * The batch without `origin`'s events. Models those events introduced in full are known to
 * that client (it made them), so later references by id still resolve there.
 */
export function subset_of(e: BatchEntry, origin: string): PreparedMessage | null {
  const content = JSON.parse(e.content) as { events: unknown[] } & Record<string, unknown>;
  const events = content.events.filter((_, i) => (e.origins[i] ?? null) !== origin);
  if (events.length === 0) return null;
  return prepare_raw(MsgType.PATCH_DOC, JSON.stringify({ ...content, events }), { metadata: { version: e.version }, buffers: e.buffers });
}

/**
 * The consecutive run of batches that ends at `version` (oldest first), from entries read
 * newest first. Anything before a gap is left out: the resume log must be consecutive.
 */
export function history_until(newest_first: readonly BatchEntry[], version: number): LoggedBatch[] {
  const out: LoggedBatch[] = [];
  let want = version;
  for (const e of newest_first) {
    if (e.version > want) continue;
    if (e.version !== want) break;
    out.push(logged_batch(e));
    want--;
  }
  return out.reverse();
}
