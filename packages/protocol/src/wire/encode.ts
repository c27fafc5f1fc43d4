/**
 * Message -> frames. A message is the text frames header, metadata and content, then
 * for each buffer a text frame `{"id": ...}` followed by the binary payload.
 *
 * Binary frames are the caller's Uint8Array objects: payloads are never copied.
 *
 * For fan-out (one change sent to many connections) serialize once with
 * `prepare_message`, then `encode_prepared` per connection: only the small header
 * (fresh msgid, optional reqid) is built per call; metadata, content and buffer-header
 * strings and payloads are shared.
 */
import { DashError, ErrorCode } from "../errors.ts";
import type { Frame } from "./frame.ts";
import {
  type ContentOf,
  type Header,
  type Message,
  type Metadata,
  type MsgType,
  create_header,
} from "./messages.ts";

export type { Frame } from "./frame.ts";

function stringify(value: unknown, what: string): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (e) {
    throw new DashError(ErrorCode.SERIALIZE, `cannot serialize message ${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (json === undefined) {
    throw new DashError(ErrorCode.SERIALIZE, `cannot serialize message ${what}: not representable as JSON`);
  }
  return json;
}

function buffer_frames(buffers: ReadonlyMap<string, Uint8Array>): Frame[] {
  const frames: Frame[] = [];
  for (const [id, payload] of buffers) {
    frames.push(JSON.stringify({ id }), payload);
  }
  return frames;
}

function check_num_buffers(header: Header, count: number): void {
  if ((header.num_buffers ?? 0) !== count) {
    throw new DashError(
      ErrorCode.SERIALIZE,
      `${header.msgtype} message ${header.msgid}: header says num_buffers=${header.num_buffers ?? 0} but ${count} buffers given`,
      { msgid: header.msgid, msgtype: header.msgtype },
    );
  }
}

/**
 * Frames from pre-serialized parts. `content_json` is written verbatim (it must be the
 * JSON text of content valid for `header.msgtype`); `metadata` may be an object or its
 * JSON text. `header.num_buffers` must agree with `buffers` (absent or 0 when none).
 */
export function encode_message_parts(
  header: Header,
  metadata: Metadata | string,
  content_json: string,
  buffers: ReadonlyMap<string, Uint8Array> = new Map(),
): Frame[] {
  check_num_buffers(header, buffers.size);
  const metadata_json = typeof metadata === "string" ? metadata : stringify(metadata, "metadata");
  return [stringify(header, "header"), metadata_json, content_json, ...buffer_frames(buffers)];
}

/** Frames of a message. Throws DashError(SERIALIZE) if header.num_buffers disagrees with buffers. */
export function encode_message(msg: Message): Frame[] {
  return encode_message_parts(msg.header, msg.metadata, stringify(msg.content, "content"), msg.buffers);
}

/** A message serialized once, to be framed for many connections with `encode_prepared`. */
export interface PreparedMessage<K extends MsgType = MsgType> {
  readonly msgtype: K;
  readonly metadata_json: string;
  readonly content_json: string;
  /** Buffer header strings and payloads, interleaved, ready to send. */
  readonly buffer_frames: readonly Frame[];
  readonly num_buffers: number;
}

/** Serialize content, metadata and buffer headers once. Payloads are kept, not copied. */
export function prepare_message<K extends MsgType>(
  msgtype: K,
  content: ContentOf<K>,
  opts: { metadata?: Metadata; buffers?: ReadonlyMap<string, Uint8Array> } = {},
): PreparedMessage<K> {
  const buffers = opts.buffers ?? new Map<string, Uint8Array>();
  return {
    msgtype,
    metadata_json: stringify(opts.metadata ?? {}, "metadata"),
    content_json: stringify(content, "content"),
    buffer_frames: buffer_frames(buffers),
    num_buffers: buffers.size,
  };
}

/** A prepared message whose content is already JSON text (e.g. read back from a broker's log). */
export function prepare_raw<K extends MsgType>(
  msgtype: K,
  content_json: string,
  opts: { metadata?: Metadata; buffers?: ReadonlyMap<string, Uint8Array> } = {},
): PreparedMessage<K> {
  const buffers = opts.buffers ?? new Map<string, Uint8Array>();
  return { msgtype, metadata_json: stringify(opts.metadata ?? {}, "metadata"), content_json, buffer_frames: buffer_frames(buffers), num_buffers: buffers.size };
}

/** Frames of a prepared message under a fresh header (new msgid; optional reqid). */
export function encode_prepared(prepared: PreparedMessage, opts: { reqid?: string } = {}): Frame[] {
  const header = create_header(prepared.msgtype, { reqid: opts.reqid, num_buffers: prepared.num_buffers });
  return [JSON.stringify(header), prepared.metadata_json, prepared.content_json, ...prepared.buffer_frames];
}
