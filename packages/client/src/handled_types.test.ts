// The manifest --client auto reads is main.ts's handled_types(): the union of the view registries,
// each type a concrete model @dash/protocol declares (a typo would send every document to BokehJS).
import { describe, it, expect, vi } from "vitest";
import { registry } from "@dash/protocol";
import { handled_types } from "./main.ts";
import { glyph_types } from "./views/plot/glyphs/registry.ts";
import { widget_types } from "./views/widgets/index.ts";
import { layout_types } from "./views/layouts.ts";
import { tool_types } from "./views/plot/toolbar.ts";
import { annotation_types } from "./views/plot/annotations.ts";

// The views import pixi.js, which does not load in Node (it reads `navigator`); nothing is drawn here.
vi.mock("pixi.js", () => new Proxy({}, { get: (_t, name) => (name === "then" ? undefined : class {}) }));

describe("handled_types", () => {
  const handled = handled_types();
  it("names only concrete model types the protocol declares, each once, sorted", () => {
    expect(handled.filter((t) => registry.get(t) === undefined || registry.get(t)!.__abstract__)).toEqual([]);
    expect(new Set(handled).size).toBe(handled.length);
    expect([...handled].sort()).toEqual(handled);
  });
  it("grows with every registry: glyphs, widgets, layouts, tools, annotations", () => {
    for (const t of [...glyph_types(), ...widget_types(), ...layout_types(), ...tool_types(), ...annotation_types()]) expect(handled, t).toContain(t);
    for (const t of ["Figure", "GlyphRenderer", "ColumnDataSource", "DataRange1d", "LinearScale", "BasicTicker", "CustomJS"]) expect(handled, t).toContain(t);
  });
});
