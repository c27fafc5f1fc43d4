// UndoTool, RedoTool (range history as BokehJS's StateManager keeps it), CopyTool,
// FullscreenTool, HelpTool.
import { attr, type ModelSnap } from "../../../state/snapshot.ts";
import type { ToolTarget } from "../host.ts";
import { ICONS, type Tool } from "./tool.ts";

type Ranges = ReadonlyMap<string, { start: number; end: number }>;

function same(a: Ranges, b: Ranges): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) { const w = b.get(k); if (w == null || w.start !== v.start || w.end !== v.end) return false; }
  return true;
}

/**
 * The plot's range states after each interaction (BokehJS StateManager): undo steps back to the
 * previous one, or to the ranges first drawn; redo forward; a new interaction drops the redo tail.
 */
export class RangeHistory {
  private initial: Ranges | null = null;
  private states: Ranges[] = [];
  private index = -1;
  private readonly listeners = new Set<() => void>();

  /** The ranges as first drawn (kept once). */
  capture_initial(r: Ranges): void { if (this.initial == null && r.size > 0) this.initial = r; }
  on_change(fn: () => void): () => void { this.listeners.add(fn); return () => this.listeners.delete(fn); }
  private changed(): void { for (const fn of this.listeners) fn(); }

  push(r: Ranges): void {
    const cur = this.index >= 0 ? this.states[this.index]! : this.initial;
    if (cur != null && same(cur, r)) return;
    this.states = this.states.slice(0, this.index + 1);
    this.states.push(r);
    this.index = this.states.length - 1;
    this.changed();
  }
  get can_undo(): boolean { return this.index >= 0; }
  get can_redo(): boolean { return this.index < this.states.length - 1; }
  undo(): Ranges | null {
    if (!this.can_undo) return null;
    this.index--;
    this.changed();
    return this.index >= 0 ? this.states[this.index]! : this.initial;
  }
  redo(): Ranges | null {
    if (!this.can_redo) return null;
    this.index++;
    this.changed();
    return this.states[this.index]!;
  }
  /** ResetTool clears the history (BokehJS `state.clear()`). */
  clear(): void { this.states = []; this.index = -1; this.changed(); }
}

class HistoryTool implements Tool {
  readonly kind = "action";
  readonly icon: string;
  readonly label: string;
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget, private readonly history: RangeHistory, private readonly dir: "undo" | "redo") {
    this.icon = ICONS[dir]!;
    this.label = dir === "undo" ? "Undo" : "Redo";
  }
  disabled(): boolean { return this.dir === "undo" ? !this.history.can_undo : !this.history.can_redo; }
  run(): void {
    const r = this.dir === "undo" ? this.history.undo() : this.history.redo();
    if (r != null) this.t.restore_ranges(r);
  }
}

export class UndoTool extends HistoryTool {
  constructor(model: ModelSnap, t: ToolTarget, history: RangeHistory) { super(model, t, history, "undo"); }
}
export class RedoTool extends HistoryTool {
  constructor(model: ModelSnap, t: ToolTarget, history: RangeHistory) { super(model, t, history, "redo"); }
}

/** CopyTool: the plot's canvas as a PNG on the clipboard (BokehJS `navigator.clipboard.write`). */
export class CopyTool implements Tool {
  readonly kind = "action";
  readonly icon = ICONS["copy"]!;
  readonly label = "Copy";
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  run(): void {
    void this.t.to_png().then(async (blob) => {
      if (blob == null) return;
      try { await navigator.clipboard.write([new ClipboardItem({ [blob.type]: blob })]); }
      catch (e) { console.warn("[dash] copy to clipboard refused:", e); }
    });
  }
}

/** FullscreenTool: the plot (toolbar included) fullscreen, or back. */
export class FullscreenTool implements Tool {
  readonly kind = "action";
  readonly icon = ICONS["fullscreen"]!;
  readonly label = "Fullscreen";
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  run(): void {
    const el = this.t.canvas_el.parentElement ?? this.t.canvas_el;
    if (document.fullscreenElement != null) void document.exitFullscreen();
    else void el.requestFullscreen().catch((e: unknown) => console.warn("[dash] fullscreen refused:", e));
  }
}

/** HelpTool: opens its redirect (Bokeh's tools guide by default) in a new window. */
export class HelpTool implements Tool {
  readonly kind = "action";
  readonly icon = ICONS["help"]!;
  readonly label = "Help";
  constructor(readonly model: ModelSnap) {}
  run(): void { window.open(attr<string>(this.model, "redirect") ?? "https://docs.bokeh.org/en/latest/docs/user_guide/interaction/tools.html"); }
}
