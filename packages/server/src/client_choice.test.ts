import { describe, expect, it } from "vitest";
import { ColumnDataSource, Div, Document, Slope } from "@dash/protocol";
import { DecisionLog, decide_client, decision_marker, unhandled_types } from "./client_choice.ts";
import type { FastifyBaseLogger } from "fastify";

const doc_of = (...roots: Array<Div | ColumnDataSource | Slope>): Document => {
  const d = new Document();
  for (const r of roots) d.add_root(r);
  return d;
};

describe("decide_client", () => {
  const handled = new Set(["Div", "ColumnDataSource", "Selection", "UnionRenderers"]);
  it("auto: Dash's client when every model type is handled, BokehJS naming the others otherwise", () => {
    expect(decide_client("auto", doc_of(new Div(), new ColumnDataSource()), handled)).toEqual({ client: "dash", reason: "handled", unhandled: [] });
    const d = decide_client("auto", doc_of(new Div(), new Slope(), new Slope()), handled);
    expect(d).toEqual({ client: "bokehjs", reason: "unhandled", unhandled: ["Slope"] });
    expect(unhandled_types(doc_of(new Slope()), new Set())).toEqual(["Slope"]);
  });
  it("a forced client is kept; no manifest means BokehJS", () => {
    expect(decide_client("dash", doc_of(new Slope()), handled).client).toBe("dash");
    expect(decide_client("bokehjs", doc_of(new Div()), handled).client).toBe("bokehjs");
    expect(decide_client("auto", doc_of(new Div()), null)).toEqual({ client: "bokehjs", reason: "no-manifest", unhandled: [] });
  });
  it("the marker escapes what it writes and carries the nonce", () => {
    const m = decision_marker({ client: "bokehjs", reason: "unhandled", unhandled: ["bokeh.models.dom.Div", "<x>"] }, "n0nce");
    expect(m).toContain('data-unhandled="bokeh.models.dom.Div &lt;x&gt;"');
    expect(m).toContain('<script nonce="n0nce">');
    expect(m).not.toContain("<x>");
  });
});

describe("DecisionLog", () => {
  it("logs each app's reason once, and nothing for a forced client", () => {
    const lines: unknown[][] = [];
    const log = { info: (...a: unknown[]) => void lines.push(a), warn: (...a: unknown[]) => void lines.push(a) } as unknown as FastifyBaseLogger;
    const d = new DecisionLog(log);
    const bk = { client: "bokehjs", reason: "unhandled", unhandled: ["Slope"] } as const;
    d.note("a", bk);
    d.note("a", bk);
    d.note("b", bk);
    d.note("a", { client: "bokehjs", reason: "unhandled", unhandled: ["Arc", "Slope"] });
    d.note("a", { client: "dash", reason: "requested", unhandled: [] });
    expect(lines.length).toBe(3);
    expect(lines[0]![0]).toEqual({ app: "a", client: "bokehjs", unhandled: ["Slope"] });
  });
});
