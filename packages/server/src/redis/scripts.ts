/**
 * The Lua scripts that fence writes with the leader lock: a process that is no longer a
 * document's leader cannot append to its log or overwrite its snapshot. Scripts are sent
 * with EVAL (not EVALSHA) so that a Redis restart, which empties the script cache, never
 * reorders pipelined appends.
 */
import type { Redis } from "ioredis";
import type { DocKeys, FieldList } from "./entries.ts";

/** A lock lost to another process (or a log that moved past us): this process must stop leading. */
export class NotLeader extends Error {}

// When the lock is missing (expired while Redis was unreachable, or Redis lost its data),
// the holder takes it again: nobody else leads, and the log's ids fence a stale writer.
const TAKE = `
local cur = redis.call('GET', KEYS[1])
if cur ~= ARGV[1] then
  if cur then return redis.error_reply('DASHNOTLEADER') end
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
`;

const APPEND = TAKE + `
return redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[3], ARGV[4], unpack(ARGV, 5))
`;

// Several entries in one round trip: ARGV[4..] is, per entry, its id, its field count and its fields.
const APPEND_MANY = TAKE + `
local out = {}
local i = 4
while i <= #ARGV do
  local n = tonumber(ARGV[i + 1])
  out[#out + 1] = redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[3], ARGV[i], unpack(ARGV, i + 2, i + 1 + n))
  i = i + 2 + n
end
return out
`;

const SNAPSHOT = TAKE + `
if ARGV[4] == '1' then redis.call('DEL', KEYS[3], KEYS[4]) end
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[2], unpack(ARGV, 5))
if tonumber(ARGV[3]) > 0 then
  for i = 2, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
end
return 1
`;

// 0: lost to another process; 1: renewed; 2: retaken (it had expired); 3: renewed but the snapshot is gone.
const RENEW = `
local cur = redis.call('GET', KEYS[1])
local r = 1
if cur ~= ARGV[1] then
  if cur then return 0 end
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  r = 2
else
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
if tonumber(ARGV[3]) > 0 then
  for i = 2, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
end
if redis.call('EXISTS', KEYS[4]) == 0 then r = 3 end
return r
`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

function leader_error(e: unknown): never {
  const msg = e instanceof Error ? e.message : String(e);
  if (msg.includes("DASHNOTLEADER") || msg.includes("equal or smaller")) throw new NotLeader(msg);
  throw e;
}

export class Scripts {
  constructor(
    private readonly redis: Redis,
    private readonly token: string,
    private readonly lock_ttl: number,
  ) {}

  /** XADD `id` (e.g. `12-0`, or `12-*`) to the log when we hold the lock; resolves with the entry id. */
  append(keys: DocKeys, id: string, max_len: number, fields: FieldList): Promise<string> {
    return this.redis
      .eval(APPEND, 2, keys.lock, keys.log, this.token, this.lock_ttl, max_len, id, ...fields)
      .then((r) => String(r), leader_error);
  }

  /** Several entries in order, in one round trip (group commit); resolves with their ids. */
  append_many(keys: DocKeys, max_len: number, entries: ReadonlyArray<{ readonly id: string; readonly fields: FieldList }>): Promise<string[]> {
    if (entries.length === 1) return this.append(keys, entries[0]!.id, max_len, entries[0]!.fields).then((id) => [id]);
    const args: Array<string | Buffer | number> = [];
    for (const e of entries) args.push(e.id, e.fields.length, ...e.fields);
    return this.redis
      .eval(APPEND_MANY, 2, keys.lock, keys.log, this.token, this.lock_ttl, max_len, ...args)
      .then((r) => (r as unknown[]).map(String), leader_error);
  }

  /** Replace the snapshot when we hold the lock; `fresh` also empties the log and command streams (a new document). */
  snapshot(keys: DocKeys, fields: FieldList, keys_ttl: number, fresh: boolean): Promise<void> {
    return this.redis
      .eval(SNAPSHOT, 4, keys.lock, keys.snap, keys.log, keys.cmd, this.token, this.lock_ttl, keys_ttl, fresh ? "1" : "0", ...fields)
      .then(() => undefined, leader_error);
  }

  renew(keys: DocKeys, keys_ttl: number): Promise<number> {
    return this.redis.eval(RENEW, 4, keys.lock, keys.log, keys.cmd, keys.snap, this.token, this.lock_ttl, keys_ttl).then(Number);
  }

  /** SET NX: true when this process is now the leader. */
  async acquire(keys: DocKeys): Promise<boolean> {
    return (await this.redis.set(keys.lock, this.token, "PX", this.lock_ttl, "NX")) === "OK";
  }

  release(keys: DocKeys): Promise<void> {
    return this.redis.eval(RELEASE, 1, keys.lock, this.token).then(() => undefined);
  }
}
