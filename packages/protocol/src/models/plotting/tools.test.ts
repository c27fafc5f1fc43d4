import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { TOOL_ALIASES, process_tools_arg } from "./tools.ts";

/** Every `register_alias(name, () => new X(...))` in BokehJS 3.10's tool modules. */
function bokehjs_aliases(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const root = join(dirname(require.resolve("@bokeh/bokehjs/package.json")), "build/js/lib/models/tools");
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith(".js")) {
        for (const m of readFileSync(join(dir, e.name), "utf8").matchAll(/register_alias\("(\w+)", \(\) => new (\w+)\(/g)) out.set(m[1]!, m[2]!);
      }
    }
  };
  walk(root);
  return out;
}

describe("tool aliases", () => {
  it("name every tool BokehJS 3.10 registers an alias for, making the same tool type", () => {
    const theirs = bokehjs_aliases();
    expect(theirs.size).toBeGreaterThan(40);
    for (const [name, type] of theirs) {
      expect(TOOL_ALIASES[name], name).toBeDefined();
      expect(TOOL_ALIASES[name]!().type, name).toBe(type);
    }
  });

  it("make figure tools from the newer names (undo, zoom_in, xwheel_pan)", () => {
    const { tools } = process_tools_arg("undo,redo,zoom_in,yzoom_out,xwheel_pan,poly_select");
    expect(tools.map((t) => t.type)).toEqual(["UndoTool", "RedoTool", "ZoomInTool", "ZoomOutTool", "WheelPanTool", "PolySelectTool"]);
  });
});
