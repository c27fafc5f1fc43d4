/**
 * The one error registry. Codes are stable: clients, logs and tests match on them,
 * so never rename a code, only add new ones.
 */
export const ErrorCode = {
  // property validation and models
  BAD_VALUE: "DASH_ERR_BAD_VALUE",
  UNKNOWN_ATTRIBUTE: "DASH_ERR_UNKNOWN_ATTRIBUTE",
  UNKNOWN_MODEL: "DASH_ERR_UNKNOWN_MODEL",
  READONLY: "DASH_ERR_READONLY",
  COLUMN_LENGTH: "DASH_ERR_COLUMN_LENGTH",
  PATCH_RANGE: "DASH_ERR_PATCH_RANGE",
  // documents
  MODEL_IN_OTHER_DOCUMENT: "DASH_ERR_MODEL_IN_OTHER_DOCUMENT",
  UNKNOWN_REFERENCE: "DASH_ERR_UNKNOWN_REFERENCE",
  BAD_EVENT: "DASH_ERR_BAD_EVENT",
  // serialization
  DESERIALIZE: "DASH_ERR_DESERIALIZE",
  SERIALIZE: "DASH_ERR_SERIALIZE",
  /** Bytes (an ndarray's declared shape, or gzip output) larger than the decode limit. */
  DECODED_TOO_LARGE: "DASH_ERR_DECODED_TOO_LARGE",
  // wire protocol
  PROTOCOL_BAD_JSON: "DASH_ERR_PROTOCOL_BAD_JSON",
  PROTOCOL_FRAME_ORDER: "DASH_ERR_PROTOCOL_FRAME_ORDER",
  PROTOCOL_EXPECTED_TEXT: "DASH_ERR_PROTOCOL_EXPECTED_TEXT",
  PROTOCOL_EXPECTED_BINARY: "DASH_ERR_PROTOCOL_EXPECTED_BINARY",
  PROTOCOL_BAD_HEADER: "DASH_ERR_PROTOCOL_BAD_HEADER",
  PROTOCOL_BAD_BUFFER_HEADER: "DASH_ERR_PROTOCOL_BAD_BUFFER_HEADER",
  PROTOCOL_NUM_BUFFERS: "DASH_ERR_PROTOCOL_NUM_BUFFERS",
  PROTOCOL_UNKNOWN_MSGTYPE: "DASH_ERR_PROTOCOL_UNKNOWN_MSGTYPE",
  PROTOCOL_BAD_CONTENT: "DASH_ERR_PROTOCOL_BAD_CONTENT",
  PROTOCOL_TOO_LARGE: "DASH_ERR_PROTOCOL_TOO_LARGE",
  BAD_METADATA: "DASH_ERR_BAD_METADATA",
  // server
  BAD_OPTION: "DASH_ERR_BAD_OPTION",
  APP_LOAD: "DASH_ERR_APP_LOAD",
  BAD_TOKEN: "DASH_ERR_BAD_TOKEN",
  TOKEN_EXPIRED: "DASH_ERR_TOKEN_EXPIRED",
  BAD_ORIGIN: "DASH_ERR_BAD_ORIGIN",
  SESSION_NOT_FOUND: "DASH_ERR_SESSION_NOT_FOUND",
  SLOW_CONSUMER: "DASH_ERR_SLOW_CONSUMER",
  CALLBACK_FAILED: "DASH_ERR_CALLBACK_FAILED",
  /** A client's change that the app's client write policy does not allow. */
  WRITE_REFUSED: "DASH_ERR_WRITE_REFUSED",
  /** The app's cap on live sessions (or named documents) is reached. */
  TOO_MANY_SESSIONS: "DASH_ERR_TOO_MANY_SESSIONS",
  /** `?doc=<name>` on an app that does not declare named documents. */
  NAMED_DOCUMENTS_DISABLED: "DASH_ERR_NAMED_DOCUMENTS_DISABLED",
  // per-connection input limits (the connection is closed with the code in its close reason)
  RATE_LIMITED: "DASH_ERR_RATE_LIMITED",
  INPUT_QUEUE_FULL: "DASH_ERR_INPUT_QUEUE_FULL",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class DashError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "DashError";
    this.code = code;
    this.details = details;
  }
}

/** A value refused by a property: names model, property, expected kind and what came. */
export class ValidationError extends DashError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message, details);
    this.name = "ValidationError";
  }
}

/** Malformed wire input. Never escapes the connection that sent it. */
export class ProtocolError extends DashError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message, details);
    this.name = "ProtocolError";
  }
}

export function assertNever(x: never, what = "value"): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(x)}`);
}

/** Short, safe rendering of a received value for error messages. */
export function describe_value(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? v.slice(0, 57) + "..." : v);
  if (typeof v === "number" || typeof v === "boolean" || v == null) return String(v);
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}(${(v as unknown as { length?: number }).length ?? v.byteLength})`;
  if (Array.isArray(v)) return `array(${v.length})`;
  if (typeof v === "object") {
    const ctor = (v as object).constructor?.name;
    if (ctor && ctor !== "Object") return `<${ctor}>`;
    try {
      const s = JSON.stringify(v);
      return s.length > 80 ? s.slice(0, 77) + "..." : s;
    } catch {
      return "<object>";
    }
  }
  return typeof v;
}
