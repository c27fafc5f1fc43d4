// AutocompleteInput as BokehJS draws it: a text input whose typing (past min_characters) opens a
// menu of matching completions; Enter or a click picks the highlighted one. With `restrict`
// (the default) only a completion can become the value.
import type { ModelSnap } from "../../state/snapshot.ts";
import { WidgetView } from "./base.ts";
import { ensure_widget_css } from "./widget_css.ts";

export interface CompletionOptions {
  readonly completions: readonly string[];
  readonly case_sensitive: boolean;
  readonly search_strategy: "starts_with" | "includes";
  readonly max_completions: number | null;
}

/** The completions matching `value`, in the model's order (BokehJS's compute_completions + max_completions). */
export function compute_completions(value: string, o: CompletionOptions): string[] {
  const norm = o.case_sensitive ? (t: string) => t : (t: string) => t.toLowerCase();
  const v = norm(value);
  const out = o.completions.filter((t) => (o.search_strategy === "includes" ? norm(t).includes(v) : norm(t).startsWith(v)));
  return o.max_completions != null ? out.slice(0, o.max_completions) : out;
}

export class AutocompleteInputView extends WidgetView {
  declare private input: HTMLInputElement;
  declare private menu: HTMLUListElement;
  private hover = 0;

  protected build(): void {
    ensure_widget_css();
    this.add_title();
    const box = document.createElement("div");
    box.className = "dash-autocomplete";
    this.input = document.createElement("input");
    this.input.type = "text";
    this.menu = document.createElement("ul");
    this.menu.className = "dash-completions";
    this.menu.style.display = "none";
    box.append(this.input, this.menu);
    this.el.appendChild(box);
    this.input.addEventListener("input", () => this.set("value_input", this.input.value));
    this.input.addEventListener("focusin", () => this.toggle_menu());
    this.input.addEventListener("keyup", (e) => this.keyup(e));
    // a pointerdown (not click) so that the input's blur does not close the menu first
    this.menu.addEventListener("pointerdown", (e) => {
      const li = (e.target as Element).closest("li");
      if (li == null) return;
      e.preventDefault();
      this.pick(li.textContent ?? "");
    });
    this.input.addEventListener("blur", () => this.hide());
    this.input.addEventListener("change", () => {
      if (this.attr<boolean>("restrict") === false) this.set("value", this.input.value);
    });
  }

  private options(): CompletionOptions {
    return {
      completions: this.attr<string[]>("completions") ?? [],
      case_sensitive: this.attr<boolean>("case_sensitive") !== false,
      search_strategy: this.attr<string>("search_strategy") === "includes" ? "includes" : "starts_with",
      max_completions: this.attr<number | null>("max_completions") ?? null,
    };
  }

  private get open(): boolean { return this.menu.style.display !== "none"; }

  private toggle_menu(): void {
    const value = this.input.value;
    if (value.length < (this.attr<number>("min_characters") ?? 2)) { this.hide(); return; }
    const items = compute_completions(value, this.options());
    this.menu.replaceChildren(...items.map((t, i) => {
      const li = document.createElement("li");
      li.textContent = t;
      if (i === 0) li.classList.add("active");
      return li;
    }));
    this.hover = 0;
    this.menu.style.display = items.length === 0 ? "none" : "";
  }

  private hide(): void { this.menu.style.display = "none"; }

  private bump(i: number): void {
    const n = this.menu.children.length;
    if (!this.open || n === 0) return;
    this.menu.children[this.hover]?.classList.remove("active");
    this.hover = Math.min(Math.max(i, 0), n - 1);
    this.menu.children[this.hover]?.classList.add("active");
  }

  private pick(text: string): void {
    this.input.value = text;
    this.set("value_input", text);
    this.set("value", text);
    this.hide();
  }

  private keyup(e: KeyboardEvent): void {
    switch (e.key) {
      case "Enter":
        if (this.open && this.menu.children.length > 0) this.pick(this.menu.children[this.hover]!.textContent ?? "");
        break;
      case "Escape": this.hide(); break;
      case "ArrowUp": this.bump(this.hover - 1); break;
      case "ArrowDown": this.bump(this.hover + 1); break;
      default: this.toggle_menu();
    }
  }

  protected render(prev: ModelSnap | null): void {
    if (this.changed(prev, "value") && this.input.value !== this.attr<string>("value")) this.input.value = this.attr<string>("value") ?? "";
    this.input.placeholder = this.attr<string>("placeholder") ?? "";
    this.input.disabled = this.attr<boolean>("disabled") === true;
  }
}
