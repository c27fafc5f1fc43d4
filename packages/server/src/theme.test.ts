import { describe, it, expect } from "vitest";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Theme, Document, figure } from "./index.ts";

describe("server Theme", () => {
  it("reads a theme.yaml file, as Bokeh's Theme(filename=...)", () => {
    const dir = mkdtempSync(join(tmpdir(), "dash-theme-"));
    try {
      const file = join(dir, "theme.yaml");
      writeFileSync(file, "attrs:\n  Plot:\n    outline_line_color: null\n    border_fill_color: '#111111'\n");
      const doc = new Document();
      doc.theme = new Theme({ filename: file });
      const p = figure();
      doc.add_root(p);
      expect(p.border_fill_color).toBe("#111111");
      expect(p.outline_line_color).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
