// Pointer events -> BokehJS's gestures (ui_gestures.ts): a tap, a press (held still PRESS_MS),
// a pan (moved past MOVE_PX; pan_start at the point where the pointer went down), and moves
// with no button down.
import { MOVE_PX, PRESS_MS, type Pointer } from "./tool.ts";

export type Gesture =
  | { readonly type: "tap" | "press" | "pan_start" | "pan" | "pan_end" | "move"; readonly p: Pointer };

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const real_timers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

export class Gestures {
  private down: Pointer | null = null;
  private panning = false;
  private pressed = false;
  private timer: unknown = null;

  constructor(private readonly emit: (g: Gesture) => void, private readonly timers: Timers = real_timers) {}

  get is_down(): boolean { return this.down != null; }

  pointer_down(p: Pointer): void {
    this.cancel();
    this.down = p;
    this.panning = false;
    this.pressed = false;
    this.timer = this.timers.set(() => {
      this.timer = null;
      if (this.down != null && !this.panning) { this.pressed = true; this.emit({ type: "press", p: this.down }); }
    }, PRESS_MS);
  }

  pointer_move(p: Pointer): void {
    const d = this.down;
    if (d == null) { this.emit({ type: "move", p }); return; }
    if (this.pressed) return;
    if (!this.panning && (p.sx - d.sx) ** 2 + (p.sy - d.sy) ** 2 > MOVE_PX ** 2) {
      this.cancel();
      this.panning = true;
      this.emit({ type: "pan_start", p: d });
    }
    if (this.panning) this.emit({ type: "pan", p });
  }

  pointer_up(p: Pointer): void {
    this.cancel();
    if (this.down == null) return;
    if (this.panning) this.emit({ type: "pan_end", p });
    else if (!this.pressed) this.emit({ type: "tap", p });
    this.down = null;
    this.panning = false;
    this.pressed = false;
  }

  private cancel(): void {
    if (this.timer != null) this.timers.clear(this.timer);
    this.timer = null;
  }

  destroy(): void { this.cancel(); this.down = null; }
}
