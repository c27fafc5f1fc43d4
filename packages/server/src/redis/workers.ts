/**
 * `dash serve --num-procs N`: this (primary) process forks N workers running the same
 * command; they share the listening port (node:cluster hands out connections). A worker
 * that dies is replaced; SIGINT/SIGTERM stop them all. Workers share documents through
 * Redis (`--redis`), which shared apps require.
 */
import cluster, { type Worker } from "node:cluster";

export interface WorkerIO {
  out(line: string): void;
  err(line: string): void;
}

export const is_worker = (): boolean => cluster.isWorker;

/** Index of this worker (0..N-1), or null outside --num-procs. */
export function worker_index(): number | null {
  const v = process.env.DASH_WORKER_INDEX;
  return cluster.isWorker && v !== undefined ? Number(v) : null;
}

/** Resolves with the exit code once every worker has stopped. */
export function run_workers(n: number, io: WorkerIO): Promise<number> {
  return new Promise<number>((done) => {
    const index_of = new Map<number, number>();
    const served = new Set<number>();
    let stopping = false;
    let code = 0;
    const alive = (): Worker[] => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    const fork = (index: number): void => {
      const w = cluster.fork({ DASH_WORKER_INDEX: String(index) });
      index_of.set(w.id, index);
    };
    const stop_all = (signal: NodeJS.Signals): void => {
      stopping = true;
      const ws = alive();
      if (ws.length === 0) done(code);
      for (const w of ws) w.process.kill(signal);
    };
    cluster.on("listening", (w) => served.add(w.id));
    cluster.on("exit", (w, exit_code, signal) => {
      const index = index_of.get(w.id) ?? -1;
      if (stopping) {
        if (alive().length === 0) done(code);
        return;
      }
      if (!served.has(w.id)) {
        io.err(`dash: worker ${index} exited (${signal ?? exit_code}) before serving; stopping`);
        code = exit_code || 1;
        stop_all("SIGTERM");
        return;
      }
      io.err(`dash: worker ${index} died (${signal ?? exit_code}); starting another`);
      setTimeout(() => {
        if (!stopping) fork(index);
      }, 200);
    });
    const on_signal = (signal: NodeJS.Signals): void => {
      if (stopping) {
        io.err(`dash: ${signal} again, exiting now`);
        for (const w of alive()) w.process.kill("SIGKILL");
        done(1);
        return;
      }
      stop_all("SIGTERM");
    };
    process.on("SIGINT", () => on_signal("SIGINT"));
    process.on("SIGTERM", () => on_signal("SIGTERM"));
    for (let i = 0; i < n; i++) fork(i);
  });
}
