/** `--redis`: an app's sessions are hosted through Redis (see replica.ts); one per SessionManager. */
import type { AppModule } from "../app.ts";
import type { ServerSession } from "../session.ts";
import type { SessionHosting, SessionManager } from "../session_manager.ts";
import type { RedisHub } from "./hub.ts";
import { RedisSequencer } from "./replica.ts";

export class RedisHosting implements SessionHosting {
  private readonly replicas = new Map<ServerSession, RedisSequencer>();

  constructor(
    private readonly hub: RedisHub,
    private readonly manager: SessionManager,
  ) {}

  async host(session: ServerSession, app: AppModule): Promise<void> {
    const r = new RedisSequencer(session, app, this.hub, { evict: () => void this.manager.destroy(session) });
    this.replicas.set(session, r);
    try {
      await r.start();
    } catch (e) {
      await this.detach(session);
      throw e;
    }
  }

  async detach(session: ServerSession): Promise<void> {
    const r = this.replicas.get(session);
    if (r === undefined) return;
    this.replicas.delete(session);
    await r.detach();
  }

  /** Whether this process leads the session's document (tests, stats). */
  leads(session: ServerSession): boolean {
    return this.replicas.get(session)?.leader === true;
  }
}
