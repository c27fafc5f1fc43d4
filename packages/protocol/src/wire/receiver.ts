/**
 * Frames -> messages: an incremental state machine (after BokehJS's Receiver).
 *
 *   header -> metadata -> content -> ( buffer header -> buffer payload ) x num_buffers
 *
 * `consume` takes one frame and returns the message it completes, or null. Each frame
 * is checked as it arrives; anything malformed throws a ProtocolError with a stable
 * code and the receiver resets to expect a new header, so it stays usable. Nothing
 * but ProtocolError ever escapes `consume`, whatever it is fed.
 *
 * Binary payloads are handed out as Uint8Array views of the received bytes (an
 * ArrayBuffer is wrapped, a Uint8Array kept as is): never copied.
 */
import { ErrorCode, ProtocolError, assertNever, describe_value } from "../errors.ts";
import { type Classified, type Fragment, classify, describe_frame, utf8_length } from "./frame.ts";
import type { Header, Message, Metadata } from "./messages.ts";
import {
  buffer_header_id,
  check_buffer_header,
  check_content,
  check_header,
  check_metadata,
} from "./validate.ts";

export type { Fragment } from "./frame.ts";

export interface ReceiverOptions {
  /** Limit on one message's size, in bytes summed over all its frames (text as UTF-8). Default: none. */
  max_message_size?: number;
}

/** The frame the receiver expects next. */
export const Expect = {
  HEADER: "header",
  METADATA: "metadata",
  CONTENT: "content",
  BUFFER_HEADER: "buffer header",
  BUFFER_PAYLOAD: "buffer payload",
} as const;
export type Expect = (typeof Expect)[keyof typeof Expect];

function parse_json(text: string, what: Expect): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : "parse error";
    throw new ProtocolError(ErrorCode.PROTOCOL_BAD_JSON, `invalid JSON in ${what} frame: ${reason}`, {
      frame: what,
      text: describe_value(text),
    });
  }
}

/** Code used if something unforeseen fails while handling a frame of this kind. */
function fallback_code(expect: Expect): ErrorCode {
  switch (expect) {
    case Expect.HEADER:
      return ErrorCode.PROTOCOL_BAD_HEADER;
    case Expect.METADATA:
    case Expect.CONTENT:
      return ErrorCode.PROTOCOL_BAD_CONTENT;
    case Expect.BUFFER_HEADER:
      return ErrorCode.PROTOCOL_BAD_BUFFER_HEADER;
    case Expect.BUFFER_PAYLOAD:
      return ErrorCode.PROTOCOL_EXPECTED_BINARY;
    default:
      return assertNever(expect, "receiver state");
  }
}

export class Receiver {
  private readonly max_size: number;
  private expect: Expect = Expect.HEADER;
  private header: Header | null = null;
  private metadata: Metadata | null = null;
  private content: unknown = null;
  private buffers = new Map<string, Uint8Array>();
  private buffer_id: string | null = null;
  private size = 0;
  /** Header of the last completed message, to explain stray buffer frames. */
  private last_header: Header | null = null;

  constructor(opts: ReceiverOptions = {}) {
    const max = opts.max_message_size;
    if (max !== undefined && !(typeof max === "number" && max >= 0)) {
      throw new RangeError(`max_message_size must be a non-negative number, received ${describe_value(max)}`);
    }
    this.max_size = max ?? Infinity;
  }

  /** The kind of frame expected next. */
  get expecting(): Expect {
    return this.expect;
  }

  /** True while part of a message has been received. */
  get in_progress(): boolean {
    return this.expect !== Expect.HEADER;
  }

  /** Drop any partial message and expect a new header. */
  reset(): void {
    this.expect = Expect.HEADER;
    this.header = null;
    this.metadata = null;
    this.content = null;
    this.buffers = new Map();
    this.buffer_id = null;
    this.size = 0;
  }

  /** Take one frame; return the message it completes, or null if more frames are due. */
  consume(fragment: Fragment): Message | null {
    const expect = this.expect;
    try {
      return this.step(classify(fragment));
    } catch (e) {
      this.reset();
      if (e instanceof ProtocolError) throw e;
      const reason = e instanceof Error ? e.message : "unknown failure";
      throw new ProtocolError(fallback_code(expect), `cannot handle ${expect} frame: ${reason}`, { frame: expect });
    }
  }

  private step(frame: Classified): Message | null {
    switch (this.expect) {
      case Expect.HEADER: {
        const text = this.text(frame);
        this.size = 0;
        this.count(utf8_or_bound(text, this.remaining()));
        const value = parse_json(text, Expect.HEADER);
        if (buffer_header_id(value) !== null) throw this.stray_buffer_header(value);
        this.header = check_header(value);
        this.expect = Expect.METADATA;
        return null;
      }
      case Expect.METADATA: {
        const text = this.text(frame);
        this.count(utf8_or_bound(text, this.remaining()));
        this.metadata = check_metadata(parse_json(text, Expect.METADATA), this.current_header());
        this.expect = Expect.CONTENT;
        return null;
      }
      case Expect.CONTENT: {
        const text = this.text(frame);
        this.count(utf8_or_bound(text, this.remaining()));
        this.content = check_content(parse_json(text, Expect.CONTENT), this.current_header());
        return this.complete_or_continue();
      }
      case Expect.BUFFER_HEADER: {
        const text = this.text(frame);
        this.count(utf8_or_bound(text, this.remaining()));
        const header = this.current_header();
        const id = check_buffer_header(parse_json(text, Expect.BUFFER_HEADER), header);
        if (this.buffers.has(id)) {
          throw new ProtocolError(
            ErrorCode.PROTOCOL_NUM_BUFFERS,
            `duplicate buffer id ${describe_value(id)} in ${header.msgtype} message ${header.msgid}`,
            { msgid: header.msgid, msgtype: header.msgtype, buffer_id: id },
          );
        }
        this.buffer_id = id;
        this.expect = Expect.BUFFER_PAYLOAD;
        return null;
      }
      case Expect.BUFFER_PAYLOAD: {
        if (frame.kind !== "binary") {
          throw new ProtocolError(
            ErrorCode.PROTOCOL_EXPECTED_BINARY,
            `expected a binary frame (buffer payload) but received ${describe_frame(frame)}`,
            { frame: Expect.BUFFER_PAYLOAD },
          );
        }
        this.count(frame.bytes.byteLength);
        if (this.buffer_id === null) throw new Error("buffer payload without buffer id");
        this.buffers.set(this.buffer_id, frame.bytes);
        this.buffer_id = null;
        return this.complete_or_continue();
      }
      default:
        return assertNever(this.expect, "receiver state");
    }
  }

  private text(frame: Classified): string {
    if (frame.kind === "text") return frame.text;
    throw new ProtocolError(
      ErrorCode.PROTOCOL_EXPECTED_TEXT,
      `expected a text frame (${this.expect}) but received ${describe_frame(frame)}`,
      { frame: this.expect },
    );
  }

  private remaining(): number {
    return this.max_size - this.size;
  }

  private count(bytes: number): void {
    this.size += bytes;
    if (this.size > this.max_size) {
      throw new ProtocolError(
        ErrorCode.PROTOCOL_TOO_LARGE,
        `message exceeds max_message_size of ${this.max_size} bytes (${this.size} bytes or more by the ${this.expect} frame)`,
        { max_message_size: this.max_size, received: this.size, frame: this.expect },
      );
    }
  }

  private current_header(): Header {
    if (this.header === null) throw new Error("no header");
    return this.header;
  }

  private complete_or_continue(): Message | null {
    const header = this.current_header();
    if (this.buffers.size < (header.num_buffers ?? 0)) {
      this.expect = Expect.BUFFER_HEADER;
      return null;
    }
    // The content was checked against header.msgtype by check_content.
    const message = { header, metadata: this.metadata ?? {}, content: this.content, buffers: this.buffers } as Message;
    this.last_header = header;
    this.reset();
    return message;
  }

  private stray_buffer_header(value: unknown): ProtocolError {
    const last = this.last_header;
    if (last === null) {
      return new ProtocolError(
        ErrorCode.PROTOCOL_NUM_BUFFERS,
        `buffer header ${describe_value(value)} received where a message header was expected`,
      );
    }
    return new ProtocolError(
      ErrorCode.PROTOCOL_NUM_BUFFERS,
      `buffer header ${describe_value(value)} received after ${last.msgtype} message ${last.msgid} was complete: ` +
        `more buffers than its num_buffers=${last.num_buffers ?? 0}`,
      { msgid: last.msgid, msgtype: last.msgtype, num_buffers: last.num_buffers ?? 0 },
    );
  }
}

/**
 * Size of `text` for the limit. With no limit, skip the count; if the UTF-16 length
 * alone exceeds what is left (UTF-8 is never shorter), that suffices to refuse it.
 */
function utf8_or_bound(text: string, remaining: number): number {
  if (remaining === Infinity) return 0;
  if (text.length > remaining) return text.length;
  return utf8_length(text);
}
