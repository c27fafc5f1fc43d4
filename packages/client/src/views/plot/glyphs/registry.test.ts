// Every glyph the registry draws is a model type @dash/protocol declares, and what the registry
// says about it (extent attributes, visuals) names attributes that type has.
import { describe, it, expect, vi } from "vitest";
import { registry } from "@dash/protocol";
import { glyph_decl, glyph_types } from "./registry.ts";

// The glyph views import pixi.js, which does not load in Node (it reads `navigator`); nothing is drawn here.
vi.mock("pixi.js", () => new Proxy({}, { get: (_t, name) => (name === "then" ? undefined : class {}) }));

const VISUAL_ATTR = { line: "line_color", fill: "fill_color", hatch: "hatch_pattern", text: "text_color" } as const;

describe("glyph registry", () => {
  // The protocol declares BokehJS's whole catalog, so every glyph the client draws is a declared type.
  const declared = glyph_types();
  it("registers the glyphs Dash draws under BokehJS's type names", () => {
    expect(glyph_types().filter((t) => !/^[A-Z][A-Za-z]+$/.test(t))).toEqual([]);
    expect(declared.filter((t) => registry.get(t) === undefined)).toEqual([]);
    expect(declared.length).toBeGreaterThanOrEqual(17);
  });
  it("names only attributes the type has, in its extent and its visuals", () => {
    const bad: string[] = [];
    for (const type of declared) {
      const props = registry.get(type)!.__props__;
      const d = glyph_decl(type)!;
      const spec = typeof d.extent === "function" ? [] : (d.extent ?? [[["x"]], [["y"]]]).flat().flat().filter((n): n is string => n != null);
      for (const name of spec) if (!props.has(name)) bad.push(`${type}.${name} (extent)`);
      for (const v of d.visuals) if (!props.has(VISUAL_ATTR[v])) bad.push(`${type} ${v} visual`);
      // a visual the type has but the registry leaves out would never be drawn
      for (const [v, a] of Object.entries(VISUAL_ATTR)) if (props.has(a) && !d.visuals.includes(v as keyof typeof VISUAL_ATTR)) bad.push(`${type} lacks ${v}`);
    }
    expect(bad).toEqual([]);
  });
});
