// Interactive range state of one plot: local overrides set by tools (applied immediately),
// the coalesced queue of changes for the document (flushed once per animation frame), and
// the initial ranges the ResetTool returns to.
import type { DocSnap, ModelSnap } from "../../state/snapshot.ts";
import type { PlotHost } from "./host.ts";
import type { PlotState } from "./plot_state.ts";

interface Override { start: number; end: number; at: number }

/** How long a local override survives without the document echoing it back. */
const STALE_MS = 1000;

export class RangeState {
  private readonly overrides = new Map<string, Override>();
  private readonly pending = new Map<string, [number | null, number | null]>();
  private initial: Map<string, { start: number; end: number; auto: boolean }> | null = null;

  /** start/end per range id, for compute_plot_state */
  current(): Map<string, { start: number; end: number }> {
    return new Map([...this.overrides].map(([k, v]) => [k, { start: v.start, end: v.end }]));
  }

  /** Remember the ranges as first drawn (once). */
  capture_initial(st: PlotState): void {
    if (this.initial != null) return;
    this.initial = new Map();
    for (const m of [...st.x_ranges.values(), ...st.y_ranges.values()]) {
      if (m.model == null) continue;
      const auto = m.model.type === "DataRange1d" && m.model.attrs["start"] == null && m.model.attrs["end"] == null;
      this.initial.set(m.model.id, { start: m.range.start, end: m.range.end, auto });
    }
  }

  set(model: ModelSnap | null, start: number, end: number): void {
    if (model == null || !isFinite(start) || !isFinite(end)) return;
    this.overrides.set(model.id, { start, end, at: performance.now() });
    this.pending.set(model.id, [start, end]);
  }

  /** ResetTool: back to the initial ranges; auto-ranging DataRange1d goes back to auto. */
  reset(): void {
    for (const [id, init] of this.initial ?? []) {
      if (init.auto) {
        this.overrides.delete(id);
        this.pending.set(id, [null, null]);
      } else {
        this.overrides.set(id, { start: init.start, end: init.end, at: performance.now() });
        this.pending.set(id, [init.start, init.end]);
      }
    }
  }

  /** Drop overrides the document now agrees with, or that it never confirmed. */
  reconcile(doc: DocSnap): void {
    const now = performance.now();
    for (const [id, o] of this.overrides) {
      const m = doc.models[id];
      if (m == null) { this.overrides.delete(id); continue; }
      if ((m.attrs["start"] === o.start && m.attrs["end"] === o.end) || now - o.at > STALE_MS) this.overrides.delete(id);
    }
  }

  /** Send queued range changes to the host: at most one per range per frame. */
  flush(host: PlotHost): void {
    for (const [id, [s, e]] of this.pending) host.set_range(id, s, e);
    this.pending.clear();
  }
}
