// Div, Paragraph, PreText. As BokehJS, each view renders into its own shadow root, so a Div's
// HTML and <style> stay inside the Div and the page's styles do not restyle it. The content
// element (inside the shadow root) carries the model's class and data-id; Playwright and
// other composed-tree queries find it there.
import { WidgetView } from "./base.ts";

/** BokehJS's base and markup styles (styles/base.css, MarkupView.stylesheets). */
const BASE_CSS = ":host { display: block; box-sizing: border-box; font-family: Helvetica, Arial, sans-serif; font-size: 12px; line-height: calc(20 / 14); } p { margin: 0; } pre { margin: 0; }";

export class MarkupView extends WidgetView {
  declare private content: HTMLElement;

  protected build(): void {
    const cls = this.el.className.split(" ").find((c) => c !== "dash-widget") ?? "dash-div";
    this.el.className = "dash-widget dash-markup";
    const id = this.el.dataset["id"]!;
    delete this.el.dataset["id"];
    const root = this.el.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = BASE_CSS;
    this.content = document.createElement(this.model.type === "PreText" ? "pre" : this.model.type === "Paragraph" ? "p" : "div");
    this.content.className = cls;
    this.content.dataset["id"] = id;
    root.append(style, this.content);
  }

  protected render(): void {
    const text = this.attr<string>("text") ?? "";
    if (this.model.type === "Div" && this.attr<boolean>("render_as_text") !== true) this.content.innerHTML = text;
    else this.content.textContent = text;
  }
}
