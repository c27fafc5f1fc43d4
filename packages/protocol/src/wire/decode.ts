/** One-shot decoding of a complete frame list, on top of the incremental Receiver. */
import { ErrorCode, ProtocolError } from "../errors.ts";
import { type Fragment, classify } from "./frame.ts";
import type { Message } from "./messages.ts";
import { Receiver, type ReceiverOptions } from "./receiver.ts";
import { buffer_header_id } from "./validate.ts";

/**
 * Decode one complete message from its frames. Throws ProtocolError if a frame is bad,
 * the frames end before the message does (PROTOCOL_FRAME_ORDER), or frames follow the
 * completed message (PROTOCOL_NUM_BUFFERS for extra buffer frames, else PROTOCOL_FRAME_ORDER).
 */
export function decode_frames(frames: readonly Fragment[], opts: ReceiverOptions = {}): Message {
  if (!Array.isArray(frames)) {
    throw new ProtocolError(ErrorCode.PROTOCOL_FRAME_ORDER, `expected an array of frames, received ${typeof frames}`);
  }
  const receiver = new Receiver(opts);
  for (let i = 0; i < frames.length; i++) {
    const message = receiver.consume(frames[i] as Fragment);
    if (message === null) continue;
    if (i + 1 < frames.length) throw trailing(message, frames, i + 1);
    return message;
  }
  throw new ProtocolError(
    ErrorCode.PROTOCOL_FRAME_ORDER,
    `incomplete message: ${frames.length} frames received, still expecting a ${receiver.expecting} frame`,
    { frames: frames.length, expecting: receiver.expecting },
  );
}

function trailing(message: Message, frames: readonly Fragment[], index: number): ProtocolError {
  const { msgid, msgtype } = message.header;
  const num_buffers = message.header.num_buffers ?? 0;
  const next = classify(frames[index]);
  let is_buffer = next.kind === "binary";
  if (next.kind === "text") {
    try {
      is_buffer = buffer_header_id(JSON.parse(next.text)) !== null;
    } catch {
      is_buffer = false;
    }
  }
  const extra = frames.length - index;
  if (is_buffer) {
    return new ProtocolError(
      ErrorCode.PROTOCOL_NUM_BUFFERS,
      `${msgtype} message ${msgid} declares num_buffers=${num_buffers} but ${extra} more buffer frame(s) follow`,
      { msgid, msgtype, num_buffers, trailing_frames: extra },
    );
  }
  return new ProtocolError(
    ErrorCode.PROTOCOL_FRAME_ORDER,
    `${extra} frame(s) follow the complete ${msgtype} message ${msgid}`,
    { msgid, msgtype, trailing_frames: extra },
  );
}
