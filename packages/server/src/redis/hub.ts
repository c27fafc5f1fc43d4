/**
 * One process's link to Redis: a connection for commands (pipelined, in order), a
 * connection that blocks reading every stream this process follows (XREAD over all of
 * them; CLIENT UNBLOCK when the set changes), and a timer that renews or contends for the
 * leader lock of every document this process hosts.
 *
 * Commands wait (ioredis's offline queue, no retry limit) while Redis is unreachable:
 * processes keep serving their connections and carry on in order once it is back.
 */
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import type { FastifyBaseLogger } from "fastify";
import type { ResolvedRedis } from "./config.ts";
import { compare_ids, fields_of, type Fields } from "./entries.ts";
import { Scripts } from "./scripts.ts";

export type EntryHandler = (id: string, fields: Fields) => void;

/** What the lock timer drives (one per hosted document). */
export interface LockHolder {
  tick(): Promise<void>;
}

interface Watch {
  last: string;
  readonly handler: EntryHandler;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class RedisHub {
  readonly redis: Redis;
  private readonly reader: Redis;
  readonly scripts: Scripts;
  /** This process's lock value. */
  readonly token = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  private reader_id: number | null = null;
  private readonly watches = new Map<string, Watch>();
  private readonly holders = new Set<LockHolder>();
  private blocked = false;
  private dirty = false;
  private closed = false;
  private wake: (() => void) | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private loop_done: Promise<void> = Promise.resolve();
  /** Round trips to Redis, for the benchmark (commands sent on the command connection). */
  commands = 0;

  constructor(
    readonly config: ResolvedRedis,
    readonly log: FastifyBaseLogger,
  ) {
    const common = { maxRetriesPerRequest: null, enableOfflineQueue: true, retryStrategy: (n: number) => Math.min(50 * n, 1000) };
    this.redis = new Redis(config.url, { ...common, connectionName: "dash" });
    this.reader = new Redis(config.url, { ...common, connectionName: "dash-reader" });
    this.scripts = new Scripts(this.redis, this.token, config.lock_ttl);
    let down = false;
    this.redis.on("error", (err: Error) => {
      if (!down) log.warn({ err: err.message }, "redis unreachable; serving local connections and retrying");
      down = true;
    });
    this.redis.on("ready", () => {
      if (down) log.info("redis reachable again");
      down = false;
    });
    this.reader.on("error", () => undefined);
    this.reader.on("ready", () => {
      this.reader_id = null;
      this.reader.client("ID").then((id) => (this.reader_id = Number(id)), () => undefined);
    });
  }

  start(): void {
    this.loop_done = this.loop();
    this.timer = setInterval(() => void this.tick(), Math.max(100, Math.floor(this.config.lock_ttl / 3)));
    this.timer.unref?.();
  }

  /** Deliver entries of `key` after `last`, in order, until unwatch. */
  watch(key: string, last: string, handler: EntryHandler): void {
    this.watches.set(key, { last, handler });
    this.interrupt();
  }

  unwatch(key: string): void {
    if (this.watches.delete(key)) this.interrupt();
  }

  hold(h: LockHolder): void {
    this.holders.add(h);
  }

  drop(h: LockHolder): void {
    this.holders.delete(h);
  }

  private ticking = false;
  private async tick(): Promise<void> {
    if (this.ticking || this.closed) return;
    this.ticking = true;
    try {
      await Promise.all([...this.holders].map((h) => h.tick().catch((e: unknown) => this.log.debug({ err: e }, "lock tick failed"))));
    } finally {
      this.ticking = false;
    }
  }

  /** Make the blocked XREAD return so the next one reads the new set of streams. */
  private interrupt(): void {
    this.dirty = true;
    this.wake?.();
    const unblock = (): void => {
      if (!this.dirty || !this.blocked || this.reader_id === null || this.closed) return;
      this.redis.client("UNBLOCK", this.reader_id).catch(() => undefined);
      setTimeout(unblock, 25).unref?.();
    };
    unblock();
  }

  private async loop(): Promise<void> {
    while (!this.closed) {
      if (this.watches.size === 0) {
        await new Promise<void>((r) => (this.wake = r));
        this.wake = null;
        continue;
      }
      const keys = [...this.watches.keys()];
      const ids = keys.map((k) => this.watches.get(k)!.last);
      this.dirty = false;
      this.blocked = true;
      let res: Array<[Buffer, Array<[Buffer, Buffer[]]>]> | null;
      try {
        res = await this.reader.xreadBuffer("COUNT", 500, "BLOCK", 1000, "STREAMS", ...keys, ...ids);
      } catch (e) {
        if (this.closed) return;
        this.log.debug({ err: e }, "stream read failed; retrying");
        await sleep(100);
        continue;
      } finally {
        this.blocked = false;
      }
      if (res === null) continue;
      for (const [kb, entries] of res) {
        const w = this.watches.get(kb.toString("utf8"));
        for (const [idb, list] of entries) {
          if (w === undefined || this.watches.get(kb.toString("utf8")) !== w) break;
          const id = idb.toString("utf8");
          if (compare_ids(id, w.last) <= 0) continue;
          w.last = id;
          try {
            w.handler(id, fields_of(list));
          } catch (e) {
            this.log.error({ err: e, key: kb.toString("utf8"), id }, "stream entry handler failed");
          }
        }
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.wake?.();
    this.watches.clear();
    this.reader.disconnect();
    await this.loop_done.catch(() => undefined);
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
