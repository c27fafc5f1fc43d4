/**
 * Shape checks for received frames: header, metadata, content per message type and
 * buffer headers. Each check takes an already JSON-parsed value and either returns it
 * typed or throws a ProtocolError naming what was wrong.
 *
 * Checks are shallow and non-recursive: document and event payloads stay `unknown`
 * and are interpreted by the document codec.
 */
import { ErrorCode, ProtocolError, assertNever, describe_value } from "../errors.ts";
import {
  type ContentOf,
  type Header,
  type Metadata,
  type MsgType,
  MsgType as M,
  is_msgtype_name,
} from "./messages.ts";

type JsonObject = Record<string, unknown>;

export function is_object(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function has(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function bad_header(message: string, details: Record<string, unknown> = {}): ProtocolError {
  return new ProtocolError(ErrorCode.PROTOCOL_BAD_HEADER, `bad message header: ${message}`, details);
}

/** Validate a parsed header frame. Unknown extra keys are ignored and dropped. */
export function check_header(value: unknown): Header {
  if (!is_object(value)) {
    throw bad_header(`expected a JSON object, received ${describe_value(value)}`);
  }
  const { msgid, msgtype } = value;
  if (!has(value, "msgid")) throw bad_header("missing 'msgid'");
  if (typeof msgid !== "string" || msgid.length === 0) {
    throw bad_header(`'msgid' must be a non-empty string, received ${describe_value(msgid)}`);
  }
  if (!has(value, "msgtype")) throw bad_header("missing 'msgtype'", { msgid });
  if (typeof msgtype !== "string") {
    throw bad_header(`'msgtype' must be a string, received ${describe_value(msgtype)}`, { msgid });
  }
  if (!is_msgtype_name(msgtype)) {
    throw new ProtocolError(
      ErrorCode.PROTOCOL_UNKNOWN_MSGTYPE,
      `unknown message type ${describe_value(msgtype)}`,
      { msgid, msgtype },
    );
  }
  const header: Header = { msgid, msgtype };
  if (has(value, "reqid")) {
    const { reqid } = value;
    if (typeof reqid !== "string") {
      throw bad_header(`'reqid' must be a string, received ${describe_value(reqid)}`, { msgid, msgtype });
    }
    header.reqid = reqid;
  }
  if (has(value, "num_buffers")) {
    const { num_buffers } = value;
    if (typeof num_buffers !== "number" || !Number.isSafeInteger(num_buffers) || num_buffers < 0) {
      throw bad_header(
        `'num_buffers' must be a non-negative integer, received ${describe_value(num_buffers)}`,
        { msgid, msgtype },
      );
    }
    header.num_buffers = num_buffers;
  }
  return header;
}

/** Validate a parsed metadata frame: any JSON object. */
export function check_metadata(value: unknown, header: Header): Metadata {
  if (!is_object(value)) {
    throw new ProtocolError(
      ErrorCode.PROTOCOL_BAD_CONTENT,
      `bad metadata of ${header.msgtype} message: expected a JSON object, received ${describe_value(value)}`,
      { msgid: header.msgid, msgtype: header.msgtype },
    );
  }
  return value;
}

function bad_content(header: Header, problem: string): ProtocolError {
  return new ProtocolError(
    ErrorCode.PROTOCOL_BAD_CONTENT,
    `bad content of ${header.msgtype} message: ${problem}`,
    { msgid: header.msgid, msgtype: header.msgtype },
  );
}

function check_doc(header: Header, content: JsonObject): void {
  const { doc } = content;
  if (!is_object(doc)) throw bad_content(header, `'doc' must be an object, received ${describe_value(doc)}`);
  if (!Array.isArray(doc.roots)) {
    throw bad_content(header, `'doc.roots' must be an array, received ${describe_value(doc.roots)}`);
  }
  if (doc.defs !== undefined && !Array.isArray(doc.defs)) {
    throw bad_content(header, `'doc.defs' must be an array, received ${describe_value(doc.defs)}`);
  }
  for (const key of ["title", "version"] as const) {
    const v = doc[key];
    if (v !== undefined && typeof v !== "string") {
      throw bad_content(header, `'doc.${key}' must be a string, received ${describe_value(v)}`);
    }
  }
}

/** Validate a parsed content frame against the shape its message type requires. */
export function check_content<K extends MsgType>(value: unknown, header: Header & { msgtype: K }): ContentOf<K>;
export function check_content(value: unknown, header: Header): ContentOf<MsgType> {
  if (!is_object(value)) {
    throw bad_content(header, `expected a JSON object, received ${describe_value(value)}`);
  }
  const msgtype = header.msgtype;
  switch (msgtype) {
    case M.ACK:
    case M.OK:
    case M.PULL_DOC_REQ:
    case M.SERVER_INFO_REQ:
      // Bokeh sends `{}`; tolerate extra keys for forward compatibility.
      return value as ContentOf<typeof msgtype>;
    case M.ERROR: {
      if (typeof value.text !== "string") {
        throw bad_content(header, `'text' must be a string, received ${describe_value(value.text)}`);
      }
      const tb = value.traceback;
      if (tb !== undefined && tb !== null && typeof tb !== "string") {
        throw bad_content(header, `'traceback' must be a string or null, received ${describe_value(tb)}`);
      }
      return value as unknown as ContentOf<typeof msgtype>;
    }
    case M.PULL_DOC_REPLY:
    case M.PUSH_DOC:
      check_doc(header, value);
      return value as unknown as ContentOf<typeof msgtype>;
    case M.PATCH_DOC:
      if (!Array.isArray(value.events)) {
        throw bad_content(header, `'events' must be an array, received ${describe_value(value.events)}`);
      }
      return value as unknown as ContentOf<typeof msgtype>;
    case M.SERVER_INFO_REPLY: {
      const vi = value.version_info;
      if (!is_object(vi)) {
        throw bad_content(header, `'version_info' must be an object, received ${describe_value(vi)}`);
      }
      if (typeof vi.bokeh !== "string" || typeof vi.server !== "string") {
        throw bad_content(header, `'version_info' must have string 'bokeh' and 'server', received ${describe_value(vi)}`);
      }
      return value as unknown as ContentOf<typeof msgtype>;
    }
    default:
      return assertNever(msgtype, "msgtype");
  }
}

/** If `value` is a buffer header `{"id": string}` (exactly that one key), its id; else null. */
export function buffer_header_id(value: unknown): string | null {
  if (!is_object(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== "id") return null;
  const id = value.id;
  return typeof id === "string" ? id : null;
}

/** Validate a parsed buffer-header frame and return its id. */
export function check_buffer_header(value: unknown, header: Header): string {
  const id = buffer_header_id(value);
  if (id === null) {
    throw new ProtocolError(
      ErrorCode.PROTOCOL_BAD_BUFFER_HEADER,
      `bad buffer header in ${header.msgtype} message: expected exactly {"id": <string>}, received ${describe_value(value)}`,
      { msgid: header.msgid, msgtype: header.msgtype },
    );
  }
  return id;
}
