/**
 * What the server does with each message a client sends (Bokeh's ServerSession
 * handlers). Requests are answered by reqid; a message the server cannot apply gets an
 * ERROR naming what was wrong and leaves the document and the connection as they were.
 */
import { BOKEH_VERSION, MsgType, assertNever, create_message, type Message, type MessageOf } from "@dash/protocol";
import type { ServerConnection } from "./connection.ts";
import type { ServerSession } from "./session.ts";
import { DASH_VERSION } from "./version.ts";

export async function handle_message(session: ServerSession, conn: ServerConnection, msg: Message): Promise<void> {
  const { msgid, msgtype } = msg.header;
  switch (msgtype) {
    case MsgType.PULL_DOC_REQ:
      return session.pull(conn, msgid, msg.metadata);
    case MsgType.PUSH_DOC: {
      const m = msg as MessageOf<typeof MsgType.PUSH_DOC>;
      return session.push(conn, msgid, m.content.doc, m.buffers);
    }
    case MsgType.PATCH_DOC: {
      const m = msg as MessageOf<typeof MsgType.PATCH_DOC>;
      return session.patch(conn, msgid, m.content, m.buffers);
    }
    case MsgType.SERVER_INFO_REQ:
      conn.send(create_message(MsgType.SERVER_INFO_REPLY, { version_info: { bokeh: BOKEH_VERSION, server: DASH_VERSION } }, { reqid: msgid }));
      return;
    case MsgType.ACK:
    case MsgType.OK:
    case MsgType.ERROR:
    case MsgType.PULL_DOC_REPLY:
    case MsgType.SERVER_INFO_REPLY:
      conn.send_error(msgid, `a client may not send ${msgtype} messages`);
      return;
    default:
      return assertNever(msgtype, "msgtype");
  }
}
