import { describe, expect, it } from "vitest";
import { app_page } from "./html.ts";

const item = { app_path: "/sliders", elementid: "dash-root-sliders" };

function render_item(html: string): Record<string, string> {
  return JSON.parse(/id="dash-render-item">(.*?)</.exec(html)![1]!) as Record<string, string>;
}

describe("app_page", () => {
  it("carries each session's own token, and no websocket URL taken from the request", () => {
    const a = app_page({ title: "Sliders", bundle_url: "/static/dash-client.js", item: { ...item, token: "tok-a" }, nonce: "n1" });
    const b = app_page({ title: "Sliders", bundle_url: "/static/dash-client.js", item: { ...item, token: "tok-b" }, nonce: "n1" });
    expect(render_item(a)).toEqual({ ...item, token: "tok-a" });
    expect(render_item(b)).toEqual({ ...item, token: "tok-b" });
    expect(a.replace("tok-a", "tok-b")).toBe(b);
    expect(a).toContain('<script type="text/javascript" nonce="n1">');
  });

  it("renders a per-session title and escapes what would break the page", () => {
    const html = app_page({ title: "</title><b>x", bundle_url: "/static/dash-client.js", item: { ...item, token: "</script>" }, nonce: "n" });
    expect(html).toContain("<title>&lt;/title&gt;&lt;b&gt;x</title>");
    expect(html).not.toContain("</script>\"");
    expect(render_item(html).token).toBe("</script>");
    const other = app_page({ title: "Other", bundle_url: "/static/dash-client.js", item: { ...item, token: "t" }, nonce: "n" });
    expect(other).toContain("<title>Other</title>");
  });
});
