import { describe, expect, it } from "vitest";
import { label_text, math_chunk_url, math_size, parse_math } from "./math_text.ts";
import type { ModelSnap } from "../../state/snapshot.ts";

describe("math text", () => {
  it("finds TeX between BokehJS's delimiters and sets the text around it as \\text{}", () => {
    expect(parse_math("$$E = mc^2$$")).toEqual({ kind: "tex", text: "E = mc^2" });
    expect(parse_math("speed \\(v_0\\) in $$\\frac{m}{s}$$")).toEqual({ kind: "tex", text: "\\text{speed }v_0\\text{ in }\\frac{m}{s}" });
    expect(parse_math("cost: $5 & 10%")).toBeNull();
    expect(parse_math("  <math><mi>x</mi></math>")).toEqual({ kind: "mathml", text: "<math><mi>x</mi></math>" });
  });
  it("turns TeX and MathML models into delimited math, and leaves plain strings as they are", () => {
    const tex: ModelSnap = { id: "t", type: "TeX", attrs: { text: "\\alpha" } };
    const mml: ModelSnap = { id: "m", type: "MathML", attrs: { text: "<mi>x</mi>" } };
    const deref = (v: unknown) => ((v as { $ref: string }).$ref === "t" ? tex : mml);
    expect(label_text({ $ref: "t" }, deref)).toBe("$$\\alpha$$");
    expect(label_text({ $ref: "m" }, deref)).toBe("<math><mi>x</mi></math>");
    expect(label_text("time", deref)).toBe("time");
    expect(label_text("", deref)).toBeNull();
  });
  it("loads the math chunk from beside the client bundle", () => {
    expect(math_chunk_url("http://h:5006/app/static/dash-client.js")).toBe("http://h:5006/app/static/dash-math.js");
    expect(math_chunk_url("https://x/static/dash-client.js?v=3")).toBe("https://x/static/dash-math.js?v=3");
  });
  it("takes no room before the chunk is loaded (outside a browser it never is)", () => {
    expect(math_size({ kind: "tex", text: "x" }, { font: "helvetica", size: 13, style: "normal", color: 0 })).toEqual({ width: 0, height: 0 });
  });
});
