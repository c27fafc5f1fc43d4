import { describe, expect, it } from "vitest";
import { Gestures, type Gesture, type Timers } from "./gestures.ts";
import { PRESS_MS } from "./tool.ts";

/** Timers run by hand: `fire()` is the press timeout elapsing. */
function fake(): Timers & { fire(): void; pending: number } {
  let fn: (() => void) | null = null;
  return {
    set(f: () => void, ms: number) { expect(ms).toBe(PRESS_MS); fn = f; return 1; },
    clear() { fn = null; },
    fire() { const f = fn; fn = null; f?.(); },
    get pending() { return fn == null ? 0 : 1; },
  };
}
const P = (sx: number, sy: number, shift = false) => ({ sx, sy, shift, ctrl: false });

function run(steps: (g: Gestures, t: ReturnType<typeof fake>) => void): string[] {
  const out: Gesture[] = [];
  const t = fake();
  steps(new Gestures((e) => out.push(e), t), t);
  return out.map((e) => `${e.type}@${e.p.sx},${e.p.sy}`);
}

describe("gestures as BokehJS's UIGestures makes them", () => {
  it("a click without movement is a tap", () => {
    expect(run((g) => { g.pointer_down(P(10, 10)); g.pointer_move(P(12, 11)); g.pointer_up(P(12, 11)); })).toEqual(["tap@12,11"]);
  });
  it("moving past 5 px starts a pan at the point the pointer went down; no press follows", () => {
    expect(run((g, t) => { g.pointer_down(P(10, 10)); g.pointer_move(P(20, 10)); t.fire(); g.pointer_move(P(30, 10)); g.pointer_up(P(30, 12)); }))
      .toEqual(["pan_start@10,10", "pan@20,10", "pan@30,10", "pan_end@30,12"]);
  });
  it("holding still is a press, and its release is not a tap", () => {
    expect(run((g, t) => { g.pointer_down(P(5, 5)); t.fire(); g.pointer_move(P(40, 5)); g.pointer_up(P(40, 5)); })).toEqual(["press@5,5"]);
  });
  it("moves with no button down are reported (rubber bands), and a release clears the press timer", () => {
    const t = fake();
    const out: string[] = [];
    const g = new Gestures((e) => out.push(e.type), t);
    g.pointer_move(P(1, 1));
    g.pointer_down(P(1, 1));
    g.pointer_up(P(1, 1));
    expect(t.pending).toBe(0);
    expect(out).toEqual(["move", "tap"]);
  });
});
