/** Outstanding requests by msgid; a reply (its reqid) settles one. ERROR replies reject with ServerError. */
import { MsgType, type Message } from "@dash/protocol";

export class ServerError extends Error {
  constructor(
    readonly text: string,
    readonly request: string,
  ) {
    super(`server refused ${request}: ${text}`);
    this.name = "ServerError";
  }
}

export class ConnectionClosed extends Error {
  constructor(reason: string) {
    super(`connection closed: ${reason}`);
    this.name = "ConnectionClosed";
  }
}

interface Pending {
  readonly msgtype: string;
  /** Runs synchronously when the reply arrives, before any later message is handled. */
  readonly on_reply?: (msg: Message) => void;
  resolve(msg: Message): void;
  reject(err: Error): void;
}

export class RequestMap {
  private readonly pending = new Map<string, Pending>();

  get size(): number {
    return this.pending.size;
  }

  add(msgid: string, msgtype: string, on_reply?: (msg: Message) => void): Promise<Message> {
    return new Promise<Message>((resolve, reject) => this.pending.set(msgid, { msgtype, on_reply, resolve, reject }));
  }

  /** Settle the request this message answers; false when it answers none. */
  settle(msg: Message): boolean {
    const reqid = msg.header.reqid;
    if (reqid === undefined) return false;
    const p = this.pending.get(reqid);
    if (p === undefined) return false;
    this.pending.delete(reqid);
    if (msg.header.msgtype === MsgType.ERROR) {
      const content = msg.content as { text?: unknown };
      p.reject(new ServerError(typeof content.text === "string" ? content.text : "unknown error", p.msgtype));
      return true;
    }
    try {
      p.on_reply?.(msg);
    } catch (e) {
      p.reject(e instanceof Error ? e : new Error(String(e)));
      return true;
    }
    p.resolve(msg);
    return true;
  }

  reject_all(err: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(err);
  }
}
