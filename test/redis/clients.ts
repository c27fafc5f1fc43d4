/** Node clients for the multi-process tests: open on given URLs, wait until they agree. */
import { pull_session, type ClientSession } from "@dash/client/node";
import { sleep } from "./harness.ts";

export const warnings: string[] = [];

export async function open(url: string, session_id = "shared"): Promise<ClientSession> {
  return pull_session({ url, session_id, reconnect: { initial_ms: 50, max_ms: 300 }, on_warning: (t) => warnings.push(t) });
}

/** Wait until every client is idle at one version and stays so; returns that version. */
export async function settle(clients: readonly ClientSession[], timeout = 20_000): Promise<number> {
  const deadline = Date.now() + timeout;
  const agreed = (): number | null => {
    const v = clients[0]!.version;
    return v !== null && clients.every((c) => c.connection.idle && c.version === v) ? v : null;
  };
  for (;;) {
    const v = agreed();
    if (v !== null) {
      await sleep(150);
      if (agreed() === v) return v;
    }
    if (Date.now() > deadline) {
      throw new Error(`clients did not settle: ${clients.map((c) => `v${c.version}/unsent ${c.connection.unsent}/${c.connection.state}`).join(", ")}`);
    }
    await sleep(25);
  }
}
