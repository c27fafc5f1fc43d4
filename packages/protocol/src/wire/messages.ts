/**
 * Bokeh 3 wire messages: the message types, their header and content shapes, and
 * `create_message` for building outgoing ones.
 *
 * A message travels as text frames `header`, `metadata`, `content`, then for each
 * buffer a text frame `{"id"}` and a binary frame (see encode.ts / receiver.ts).
 */

export const MsgType = {
  ACK: "ACK",
  OK: "OK",
  ERROR: "ERROR",
  PULL_DOC_REQ: "PULL-DOC-REQ",
  PULL_DOC_REPLY: "PULL-DOC-REPLY",
  PUSH_DOC: "PUSH-DOC",
  PATCH_DOC: "PATCH-DOC",
  SERVER_INFO_REQ: "SERVER-INFO-REQ",
  SERVER_INFO_REPLY: "SERVER-INFO-REPLY",
} as const;
export type MsgType = (typeof MsgType)[keyof typeof MsgType];

const MSGTYPES: ReadonlySet<string> = new Set<string>(Object.values(MsgType));

export function is_msgtype_name(value: unknown): value is MsgType {
  return typeof value === "string" && MSGTYPES.has(value);
}

export interface Header {
  msgid: string;
  msgtype: MsgType;
  /** msgid of the request this message replies to. */
  reqid?: string;
  /** Number of buffer (header, payload) frame pairs following the content; absent means 0. */
  num_buffers?: number;
}

/** A serialized Bokeh document. Values stay `unknown`: the document codec interprets them. */
export interface DocJson {
  version?: string;
  title?: string;
  roots: unknown[];
  defs?: unknown[];
  callbacks?: unknown;
  notifications?: unknown;
}

export type Empty = Record<string, never>;

export interface ErrorContent {
  text: string;
  traceback?: string | null;
}

export interface DocContent {
  doc: DocJson;
}

export interface PatchDocContent {
  events: unknown[];
}

export interface ServerInfoReplyContent {
  version_info: { bokeh: string; server: string };
}

/** The content shape of every message type. */
export interface ContentMap {
  [MsgType.ACK]: Empty;
  [MsgType.OK]: Empty;
  [MsgType.ERROR]: ErrorContent;
  [MsgType.PULL_DOC_REQ]: Empty;
  [MsgType.PULL_DOC_REPLY]: DocContent;
  [MsgType.PUSH_DOC]: DocContent;
  [MsgType.PATCH_DOC]: PatchDocContent;
  [MsgType.SERVER_INFO_REQ]: Empty;
  [MsgType.SERVER_INFO_REPLY]: ServerInfoReplyContent;
}

export type ContentOf<K extends MsgType> = ContentMap[K];

export type Metadata = Record<string, unknown>;

interface MessageShape<K extends MsgType> {
  header: Header & { msgtype: K };
  metadata: Metadata;
  content: ContentOf<K>;
  /** Buffer id -> payload, in frame order. */
  buffers: Map<string, Uint8Array>;
}

/** A message of type `K`; distributes over unions (`MessageOf<"OK" | "ACK">` is a union). */
export type MessageOf<K extends MsgType> = K extends MsgType ? MessageShape<K> : never;

/**
 * Any message: a union over `header.msgtype`. TypeScript does not narrow a union by a
 * nested property, so use `is_msgtype(msg, MsgType.PATCH_DOC)` to narrow.
 */
export type Message = MessageOf<MsgType>;

/** Type guard narrowing a `Message` to the given message type. */
export function is_msgtype<K extends MsgType>(msg: Message, msgtype: K): msg is MessageOf<K> {
  return msg.header.msgtype === msgtype;
}

// --- message ids -------------------------------------------------------------------

function random_prefix(): string {
  const bytes = new Uint8Array(6);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues) {
    c.getRandomValues(bytes);
  } else {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
}

const MSGID_PREFIX = random_prefix();
let msgid_counter = 0;

/** A message id unique within this process, and with high probability across processes. */
export function next_msgid(): string {
  msgid_counter += 1;
  return `${MSGID_PREFIX}-${msgid_counter.toString(36)}`;
}

// --- construction --------------------------------------------------------------------

export interface CreateMessageOptions {
  /** msgid of the request being answered. */
  reqid?: string;
  metadata?: Metadata;
  /** Kept as given (not copied); the payloads are sent as they are. */
  buffers?: Map<string, Uint8Array>;
}

/** Build the header of a new message; `num_buffers` only appears when it is > 0. */
export function create_header<K extends MsgType>(
  msgtype: K,
  opts: { reqid?: string; num_buffers?: number } = {},
): Header & { msgtype: K } {
  const header: Header & { msgtype: K } = { msgid: next_msgid(), msgtype };
  if (opts.reqid !== undefined) header.reqid = opts.reqid;
  if (opts.num_buffers !== undefined && opts.num_buffers > 0) header.num_buffers = opts.num_buffers;
  return header;
}

/** Build a new outgoing message with a fresh msgid. */
export function create_message<K extends MsgType>(
  msgtype: K,
  content: ContentOf<K>,
  opts: CreateMessageOptions = {},
): MessageOf<K> {
  const buffers = opts.buffers ?? new Map<string, Uint8Array>();
  const message: MessageShape<K> = {
    header: create_header(msgtype, { reqid: opts.reqid, num_buffers: buffers.size }),
    metadata: opts.metadata ?? {},
    content,
    buffers,
  };
  return message as MessageOf<K>;
}
