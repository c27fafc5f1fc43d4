/**
 * Viewers across processes. Every process hosting a document keeps its count of joined
 * connections in the document's viewers hash (field: the process's token; value:
 * "count:expiry" by Redis's own clock, renewed on every lock tick) and reads the total back,
 * so each process tells its clients the document's count; a process that dies drops out
 * when its entry expires. Followers forward joins and leaves to the leader through the
 * command stream (after their count is written), and the leader runs the app's
 * on_connection_created/destroyed with the count already including them; when a process's
 * entry expires, the leader runs on_connection_destroyed for the connections it had there.
 */
import type { Redis } from "ioredis";
import type { SequencedSession } from "../sequencer.ts";

/** Command-stream client id of a forwarded join or leave. */
export const HOOK = "\u0000hook";

export type HookName = "on_connection_created" | "on_connection_destroyed";

export interface HookCommand {
  readonly name: HookName;
  readonly token: string;
  readonly conn: string;
  readonly client: string;
}

// Returns {total, live tokens...}. Expired fields are removed as they are found.
const VIEWERS = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = tonumber(ARGV[2])
if n > 0 then redis.call('HSET', KEYS[1], ARGV[1], n .. ':' .. (now + tonumber(ARGV[3])))
else redis.call('HDEL', KEYS[1], ARGV[1]) end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) * 10)
local out = {0}
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local v = all[i + 1]
  local sep = string.find(v, ':', 1, true)
  if sep == nil or tonumber(string.sub(v, sep + 1)) < now then redis.call('HDEL', KEYS[1], all[i])
  else
    out[1] = out[1] + tonumber(string.sub(v, 1, sep - 1))
    out[#out + 1] = all[i]
  end
end
return out
`;

export function decode_hook(msgid: string, content: string | null): HookCommand | null {
  try {
    const h = JSON.parse(content ?? "null") as Partial<HookCommand> | null;
    if (h === null || (h.name !== "on_connection_created" && h.name !== "on_connection_destroyed")) return null;
    if (typeof h.token !== "string" || typeof h.client !== "string") return null;
    return { name: h.name, token: h.token, conn: msgid, client: h.client };
  } catch {
    return null;
  }
}

export class ViewerSync {
  /** Leader: connections on other processes that ran on_connection_created, per process token. */
  private readonly remote = new Map<string, Map<string, string>>();
  private closed = false;

  constructor(
    private readonly session: SequencedSession,
    private readonly redis: Redis,
    private readonly key: string,
    private readonly token: string,
    private readonly ttl: number,
    private readonly leading: () => boolean,
  ) {}

  /** Publish this process's count and take the total (resolves once both are done). */
  async sync(): Promise<void> {
    if (this.closed) return;
    const n = this.session.local_viewer_count;
    let reply: unknown;
    try {
      reply = await this.redis.eval(VIEWERS, 1, this.key, this.token, n, this.ttl);
    } catch (e) {
      this.session.log.debug({ err: e }, "cannot update the viewer count");
      return;
    }
    if (this.closed || !Array.isArray(reply)) return;
    const [total, ...live] = reply as [number, ...string[]];
    this.session.set_remote_viewers(Math.max(0, Number(total) - n));
    if (this.leading()) this.expire(new Set(live));
  }

  /** Leader: a follower's join or leave, run once the count includes it. */
  run(h: HookCommand): void {
    let conns = this.remote.get(h.token);
    if (h.name === "on_connection_created") {
      if (conns === undefined) this.remote.set(h.token, (conns = new Map()));
      conns.set(h.conn, h.client);
    } else if (conns?.delete(h.conn) !== true) {
      return; // joined before this process led: it never saw the join either
    }
    void this.counted().then(() => this.session.run_connection_hook(h.name, h.conn, h.client));
  }

  /** Sync, but no longer than a second: with Redis unreachable the hook runs with the count it has. */
  counted(): Promise<void> {
    return Promise.race([this.sync(), new Promise<void>((ok) => setTimeout(ok, 1000).unref?.())]);
  }

  /** Processes whose entry expired (killed): their connections are gone. */
  private expire(live: ReadonlySet<string>): void {
    for (const [token, conns] of this.remote) {
      if (live.has(token) || token === this.token) continue;
      this.remote.delete(token);
      for (const [conn, client] of conns) this.session.run_connection_hook("on_connection_destroyed", conn, client);
    }
  }

  /** This process stops hosting the document: its viewers leave the count. */
  async close(): Promise<void> {
    this.closed = true;
    await this.redis.hdel(this.key, this.token).catch(() => undefined);
  }
}
