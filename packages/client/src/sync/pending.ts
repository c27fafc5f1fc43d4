/**
 * Optimistic local edits awaiting the server's OK, for convergence.
 *
 * The server orders every change. It answers a client's PATCH-DOC with OK before sending
 * that client anything from later batches, so whatever arrives before our OK was ordered
 * *before* our edit: a server ModelChanged on an attribute we have an unacknowledged edit
 * for must not overwrite our value (ours wins in server order). Column edits cannot be
 * rebased that cheaply (row order would differ), so a conflict there asks for a resync.
 */
import type { DocumentEvent } from "@dash/protocol";

interface JsonEvent {
  readonly kind?: unknown;
  readonly model?: unknown;
  readonly attr?: unknown;
}

function model_id(v: unknown): string | null {
  return typeof v === "object" && v !== null && typeof (v as { id?: unknown }).id === "string" ? (v as { id: string }).id : null;
}

const COLUMN_KINDS = new Set(["ColumnsStreamed", "ColumnsPatched", "ColumnDataChanged"]);

export interface Filtered {
  readonly events: unknown[];
  /** Events dropped because a newer local edit of the same attribute is in flight. */
  readonly superseded: number;
  /** A server column change raced a local one: the caller should resynchronise. */
  readonly conflict: boolean;
}

export class PendingEdits {
  private readonly attrs = new Map<string, string>();
  private readonly columns = new Map<string, string>();

  get size(): number {
    return this.attrs.size + this.columns.size;
  }

  /** Local events just sent in the message `msgid`. */
  sent(msgid: string, events: readonly DocumentEvent[]): void {
    for (const e of events) {
      if (e.kind === "ModelChanged") this.attrs.set(`${e.model.id}\u0000${e.attr}`, msgid);
      else if (e.kind === "ColumnsStreamed" || e.kind === "ColumnsPatched" || e.kind === "ColumnDataChanged") this.columns.set(e.model.id, msgid);
    }
  }

  /** The server applied `msgid` (OK) or refused it (ERROR): it is no longer in flight. */
  settled(msgid: string): void {
    for (const [k, id] of this.attrs) if (id === msgid) this.attrs.delete(k);
    for (const [k, id] of this.columns) if (id === msgid) this.columns.delete(k);
  }

  clear(): void {
    this.attrs.clear();
    this.columns.clear();
  }

  /** Drop server events that our in-flight edits supersede; flag column races. */
  filter(events: readonly unknown[]): Filtered {
    if (this.size === 0) return { events: [...events], superseded: 0, conflict: false };
    const out: unknown[] = [];
    let superseded = 0;
    let conflict = false;
    for (const raw of events) {
      const e = raw as JsonEvent;
      const id = model_id(e.model);
      if (e.kind === "ModelChanged" && id !== null && typeof e.attr === "string" && this.attrs.has(`${id}\u0000${e.attr}`)) {
        superseded++;
        continue;
      }
      if (typeof e.kind === "string" && COLUMN_KINDS.has(e.kind) && id !== null && this.columns.has(id)) conflict = true;
      out.push(raw);
    }
    return { events: out, superseded, conflict };
  }
}
