/** Bokeh 3 wire messages: types, encoding to frames, incremental decoding. */
export {
  MsgType,
  create_header,
  create_message,
  is_msgtype,
  is_msgtype_name,
  next_msgid,
} from "./messages.ts";
export type {
  ContentMap,
  ContentOf,
  CreateMessageOptions,
  DocContent,
  DocJson,
  Empty,
  ErrorContent,
  Header,
  Message,
  MessageOf,
  Metadata,
  PatchDocContent,
  ServerInfoReplyContent,
} from "./messages.ts";
export { encode_message, encode_message_parts, encode_prepared, prepare_message, prepare_raw } from "./encode.ts";
export type { PreparedMessage } from "./encode.ts";
export type { Frame } from "./frame.ts";
export { Expect, Receiver } from "./receiver.ts";
export type { ReceiverOptions } from "./receiver.ts";
export { decode_frames } from "./decode.ts";
export { BINARY_PULL_CLAIM } from "./binary_pull.ts";
export { utf8_length } from "./frame.ts";
export type { Fragment } from "./frame.ts";
export { check_buffer_header, check_content, check_header, check_metadata } from "./validate.ts";
export {
  is_resumed,
  read_batch_meta,
  read_document_meta,
  read_ok_meta,
  read_patch_ok_meta,
  read_pull_request_meta,
  speaks_dash,
} from "./metadata.ts";
export type { BatchMeta, DocumentMeta, PatchOkMeta, PullRequestMeta, ResumedMeta } from "./metadata.ts";
