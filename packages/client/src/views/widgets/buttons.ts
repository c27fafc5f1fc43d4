// Button, Toggle, Dropdown, RadioButtonGroup, CheckboxButtonGroup.
import type { ModelSnap } from "../../state/snapshot.ts";
import { WidgetView, button_class } from "./base.ts";

export class ButtonView extends WidgetView {
  declare private button: HTMLButtonElement;
  declare private menu: HTMLDivElement | null;

  protected build(): void {
    this.button = document.createElement("button");
    this.button.type = "button";
    this.menu = null;
    this.button.addEventListener("click", () => {
      if (this.model.type === "Toggle") { this.set("active", !this.attr<boolean>("active")); this.button.classList.toggle("active"); }
      else if (this.model.type === "Dropdown") this.toggle_menu();
      else this.emit("button_click");
    });
    this.el.appendChild(this.button);
    this.el.style.position = "relative";
  }

  private toggle_menu(): void {
    if (this.menu != null) { this.menu.remove(); this.menu = null; return; }
    const menu = document.createElement("div");
    Object.assign(menu.style, { position: "absolute", top: "100%", left: "10px", background: "#fff", border: "1px solid #ccc", borderRadius: "4px", zIndex: "20", minWidth: "120px", boxShadow: "0 2px 6px rgba(0,0,0,.15)" });
    for (const item of this.attr<unknown[]>("menu") ?? []) {
      if (item == null) { menu.appendChild(document.createElement("hr")); continue; }
      const [label, value] = Array.isArray(item) ? [String(item[0]), String(item[1])] : [String(item), String(item)];
      const el = document.createElement("div");
      el.textContent = label;
      Object.assign(el.style, { padding: "4px 10px", cursor: "pointer" });
      el.addEventListener("click", () => { this.emit("menu_item_click", { item: value }); this.toggle_menu(); });
      menu.appendChild(el);
    }
    this.menu = menu;
    this.el.appendChild(menu);
  }

  protected render(): void {
    this.button.className = button_class(this.attr("button_type"));
    this.button.textContent = this.attr<string>("label") ?? "";
    if (this.model.type === "Dropdown") this.button.textContent += " \u25be";
    if (this.model.type === "Toggle") this.button.classList.toggle("active", this.attr<boolean>("active") === true);
    this.button.disabled = this.attr<boolean>("disabled") === true;
  }
}

export class ButtonGroupView extends WidgetView {
  declare private group: HTMLDivElement;

  protected build(): void {
    this.group = document.createElement("div");
    this.group.className = "dash-btn-group";
    this.el.appendChild(this.group);
  }

  private is_active(i: number): boolean {
    const a = this.attr<unknown>("active");
    return Array.isArray(a) ? a.includes(i) : a === i;
  }

  protected render(prev: ModelSnap | null): void {
    if (this.changed(prev, "labels")) {
      this.group.replaceChildren();
      (this.attr<string[]>("labels") ?? []).forEach((label, i) => {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = label;
        b.addEventListener("click", () => {
          if (this.model.type === "CheckboxButtonGroup") {
            const cur = new Set(this.attr<number[]>("active") ?? []);
            if (cur.has(i)) cur.delete(i); else cur.add(i);
            this.set("active", [...cur].sort((a, b) => a - b));
            b.classList.toggle("active");
          } else {
            this.set("active", i);
            for (const [k, c] of [...this.group.children].entries()) c.classList.toggle("active", k === i);
          }
        });
        this.group.appendChild(b);
      });
    }
    const cls = button_class(this.attr("button_type"));
    [...this.group.children].forEach((b, i) => {
      b.className = cls;
      b.classList.toggle("active", this.is_active(i));
      (b as HTMLButtonElement).disabled = this.attr<boolean>("disabled") === true;
    });
  }
}
