/**
 * Dash's extensions to Bokeh's message metadata, typed and validated in one place and used by
 * both ends (docs/protocol.md lists them). A plain Bokeh client sends `{}` and ignores them.
 *
 * Readers take a received message's metadata and return the typed form or throw a
 * ProtocolError (DASH_ERR_BAD_METADATA) naming the field; unknown keys are ignored,
 * as Bokeh does. Writers are the typed shapes themselves: build one and pass it as metadata
 * (type aliases, not interfaces, so they fit the Metadata record).
 */
import { ErrorCode, ProtocolError, describe_value } from "../errors.ts";
import type { Metadata } from "./messages.ts";

/** Longest client id, msgid or epoch accepted from the wire. */
const MAX_ID = 64;
/** Most in-flight msgids a reconnecting client may list. */
const MAX_INFLIGHT = 4096;

/** PULL-DOC-REQ, client → server: how a Dash client (re)joins. */
export type PullRequestMeta = {
  /** The client accepts an unsolicited PULL-DOC-REPLY {resync} after falling behind. */
  resync?: boolean;
  /** The client wants {viewers} PATCH-DOCs. */
  viewers?: boolean;
  /** Stable across reconnects: the origin of this client's edits. */
  client_id?: string;
  /** msgids of this client's patches sent but not acknowledged (the reply says which were applied). */
  inflight?: string[];
  /** Resume: the last document version the client saw ... */
  since?: number;
  /** ... of the document incarnation with this epoch. */
  epoch?: string;
}

/** PULL-DOC-REPLY, server → client: the whole document (a pull's reply, or unsolicited with resync). */
export type DocumentMeta = {
  version: number;
  epoch?: string;
  /** In-flight patches (of the pull's `inflight`) the document already contains. */
  applied?: string[];
  /** Unsolicited: replaces everything the client had (it fell behind). */
  resync?: true;
}

/** OK answering a PULL-DOC-REQ when the client resumed: the batches it missed came just before. */
export type ResumedMeta = {
  version: number;
  epoch: string;
  resumed: true;
  missed: number;
  applied: string[];
}

/** OK answering a PATCH-DOC (or PUSH-DOC): the version the client's change went into. */
export type PatchOkMeta = {
  version: number;
  /** The batch of that version also holds changes of others (server reactions) this client will get. */
  rest?: boolean;
  /** The patch had been applied before (resent after a reconnect): not applied again. */
  duplicate?: true;
}

/** PATCH-DOC, server → client. */
export type BatchMeta = {
  /** The batch's document version (absent on viewer counts and corrections). */
  version?: number;
  /** How many viewers the document has (an empty PATCH-DOC), for clients that asked. */
  viewers?: number;
  /** Sets values a plain client may have lost to a concurrent edit back to the server's; no new version. */
  correction?: true;
}

function bad(field: string, expected: string, got: unknown): ProtocolError {
  return new ProtocolError(ErrorCode.BAD_METADATA, `metadata '${field}' must be ${expected}, received ${describe_value(got)}`, { field });
}

const has = (m: Metadata, k: string): boolean => Object.prototype.hasOwnProperty.call(m, k) && m[k] !== undefined;

function bool(m: Metadata, k: string): boolean | undefined {
  if (!has(m, k)) return undefined;
  if (typeof m[k] !== "boolean") throw bad(k, "a boolean", m[k]);
  return m[k];
}

function id(m: Metadata, k: string): string | undefined {
  if (!has(m, k)) return undefined;
  const v = m[k];
  if (typeof v !== "string" || v.length === 0 || v.length > MAX_ID) throw bad(k, `a string of 1 to ${MAX_ID} characters`, v);
  return v;
}

function count(m: Metadata, k: string): number | undefined {
  if (!has(m, k)) return undefined;
  const v = m[k];
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) throw bad(k, "a non-negative integer", v);
  return v;
}

function ids(m: Metadata, k: string): string[] | undefined {
  if (!has(m, k)) return undefined;
  const v = m[k];
  if (!Array.isArray(v) || v.length > MAX_INFLIGHT) throw bad(k, `an array of at most ${MAX_INFLIGHT} msgids`, v);
  for (const x of v) if (typeof x !== "string" || x.length === 0 || x.length > MAX_ID) throw bad(k, "an array of msgids", x);
  return v as string[];
}

function truth(m: Metadata, k: string): true | undefined {
  const v = bool(m, k);
  return v === true ? true : undefined;
}

/** Drops absent fields so a typed value compares and serializes like what was sent. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

export function read_pull_request_meta(m: Metadata): PullRequestMeta {
  return compact({
    resync: bool(m, "resync"),
    viewers: bool(m, "viewers"),
    client_id: id(m, "client_id"),
    inflight: ids(m, "inflight"),
    since: count(m, "since"),
    epoch: id(m, "epoch"),
  });
}

export function read_document_meta(m: Metadata): DocumentMeta {
  const version = count(m, "version");
  if (version === undefined) throw bad("version", "a non-negative integer", undefined);
  return compact({ version, epoch: id(m, "epoch"), applied: ids(m, "applied"), resync: truth(m, "resync") });
}

/** An OK's metadata: a resume's (ResumedMeta) or a patch's (PatchOkMeta); `{}` from a plain server. */
export function read_ok_meta(m: Metadata): ResumedMeta | Partial<PatchOkMeta> {
  if (truth(m, "resumed") === true) {
    const version = count(m, "version");
    const epoch = id(m, "epoch");
    if (version === undefined) throw bad("version", "a non-negative integer", undefined);
    if (epoch === undefined) throw bad("epoch", "a string", undefined);
    return { version, epoch, resumed: true, missed: count(m, "missed") ?? 0, applied: ids(m, "applied") ?? [] };
  }
  return read_patch_ok_meta(m);
}

/** An OK answering a PATCH-DOC or PUSH-DOC (`{}` from a plain Bokeh server). */
export function read_patch_ok_meta(m: Metadata): Partial<PatchOkMeta> {
  return compact({ version: count(m, "version"), rest: bool(m, "rest"), duplicate: truth(m, "duplicate") });
}

export function read_batch_meta(m: Metadata): BatchMeta {
  return compact({ version: count(m, "version"), viewers: count(m, "viewers"), correction: truth(m, "correction") });
}

export const is_resumed = (m: ResumedMeta | Partial<PatchOkMeta>): m is ResumedMeta => (m as ResumedMeta).resumed === true;

/** Whether a PULL-DOC-REQ comes from a client that takes part in Dash's ordering (versions, rebase). */
export const speaks_dash = (m: PullRequestMeta): boolean => m.client_id !== undefined;
