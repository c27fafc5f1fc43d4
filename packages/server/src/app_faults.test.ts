import { describe, expect, it } from "vitest";
import Fastify, { type FastifyBaseLogger } from "fastify";
import { FaultLog, current_app, run_as_app, type AppScope } from "./app_faults.ts";

function logger(): { log: FastifyBaseLogger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const log = Fastify({ logger: { level: "info", stream: { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) } } }).log;
  return { log, lines };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("FaultLog", () => {
  it("logs the first `burst` errors of an interval, then one summary line per interval with the count", async () => {
    const { log, lines } = logger();
    const f = new FaultLog(log, "app 'a', session s", { burst: 3, interval_ms: 100 });
    for (let i = 0; i < 10; i++) f.report(new Error(`e${i}`), "periodic callback");
    expect(lines.filter((l) => l.level === 50).map((l) => (l.err as { message: string }).message)).toEqual(["e0", "e1", "e2"]);
    await sleep(200);
    expect(lines.filter((l) => l.suppressed === 7)).toHaveLength(1);
    // A new interval logs in full again.
    f.report(new Error("e10"), "periodic callback");
    expect(lines.filter((l) => l.level === 50).at(-1)!.msg).toBe("periodic callback failed in app 'a', session s");
    f.close();
  });
});

describe("run_as_app", () => {
  it("the scope follows timers and promises started by the app code", async () => {
    const scope: AppScope = { app: "a", session: "s", report: () => undefined };
    const seen: Array<AppScope | undefined> = [];
    await run_as_app(scope, async () => {
      await sleep(1);
      seen.push(current_app());
      await new Promise<void>((r) => setTimeout(() => {
        seen.push(current_app());
        r();
      }, 1));
    });
    seen.push(current_app());
    expect(seen).toEqual([scope, scope, undefined]);
  });
});
