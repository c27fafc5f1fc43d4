// Div, Paragraph, PreText.
import { WidgetView } from "./base.ts";

export class MarkupView extends WidgetView {
  declare private content: HTMLElement;

  protected build(): void {
    this.el.classList.add("dash-div");
    this.content = document.createElement(this.model.type === "PreText" ? "pre" : this.model.type === "Paragraph" ? "p" : "div");
    if (this.model.type === "Paragraph") this.content.style.margin = "0";
    this.el.appendChild(this.content);
  }

  protected render(): void {
    const text = this.attr<string>("text") ?? "";
    if (this.model.type === "Div" && this.attr<boolean>("render_as_text") !== true) this.content.innerHTML = text;
    else this.content.textContent = text;
  }
}
