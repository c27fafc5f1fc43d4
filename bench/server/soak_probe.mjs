// Preloaded into the soak's `dash serve` (node --import): samples this process's event-loop
// delay and memory on request (SIGUSR2) and writes one "SOAK {json}" line to stderr, so the
// server under test is the real CLI with nothing else changed.
import { monitorEventLoopDelay } from "node:perf_hooks";

const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
process.on("SIGUSR2", () => {
  const m = process.memoryUsage();
  const ms = (ns) => ns / 1e6;
  const line = { rss: m.rss, heap: m.heapUsed, external: m.external + m.arrayBuffers, eld_p50: ms(h.percentile(50)), eld_p99: ms(h.percentile(99)), eld_max: ms(h.max) };
  h.reset();
  process.stderr.write("SOAK " + JSON.stringify(line) + "\n");
});
