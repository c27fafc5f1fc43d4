/**
 * A follower applying one log entry to its replica: the batch's events, in runs of one
 * origin each (so the echo rule holds for this process's connections), as one batch of
 * the same version; the OKs of its clients' patches answered by the entry go out before
 * the batch does.
 */
import { DashError, ErrorCode } from "@dash/protocol";
import type { PatchReply, SequencedSession } from "../sequencer.ts";
import { BARRIER, type Ack, type LogEntry } from "./entries.ts";

const CODES = new Set<string>(Object.values(ErrorCode));

/** The leader's refusal text ("CODE: message") as the error it was. */
export function error_from_text(text: string): DashError {
  const i = text.indexOf(": ");
  const code = i > 0 ? text.slice(0, i) : "";
  return CODES.has(code) ? new DashError(code as ErrorCode, text.slice(i + 2)) : new DashError(ErrorCode.BAD_EVENT, text);
}

type Take = (client: string, msgid: string) => PatchReply | undefined;

function answer(s: SequencedSession, acks: readonly Ack[], take: Take): void {
  for (const [client, msgid, version, rest] of acks) {
    if (client !== BARRIER) s.remember_applied(client, msgid, version);
    take(client, msgid)?.ok({ version, rest: rest === 1 });
  }
}

/** Under the session lock. False when the entry does not follow what the replica has (reload it). */
export function apply_entry(s: SequencedSession, e: LogEntry, take: Take): boolean {
  const d = s.document;
  if (e.kind === "refused") {
    take(e.client, e.msgid)?.error(error_from_text(e.text));
    return true;
  }
  if (e.kind === "ack" || e.version <= d.version) {
    if (e.version > d.version) return false;
    answer(s, e.acks, take);
    return true;
  }
  if (e.version !== d.version + 1) return false;
  if (d.pending.length > 0) d.flush();
  let events: unknown[];
  try {
    events = (JSON.parse(e.content) as { events: unknown[] }).events;
  } catch {
    return false;
  }
  d.hold("collect");
  try {
    for (let i = 0; i < events.length; ) {
      const origin = e.origins[i] ?? null;
      let j = i + 1;
      while (j < events.length && (e.origins[j] ?? null) === origin) j++;
      d.apply_events({ events: events.slice(i, j) }, e.buffers, origin ?? undefined);
      i = j;
    }
  } catch (err) {
    d.unhold();
    s.log.error({ err, version: e.version }, "cannot apply a batch from the document log");
    return false;
  }
  answer(s, e.acks, take);
  d.unhold();
  return d.version === e.version;
}
