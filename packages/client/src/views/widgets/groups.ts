// CheckboxGroup, RadioGroup, Switch.
import type { ModelSnap } from "../../state/snapshot.ts";
import { WidgetView } from "./base.ts";

let radio_names = 0;

export class ChoiceGroupView extends WidgetView {
  declare private box: HTMLDivElement;
  declare private inputs: HTMLInputElement[];
  declare private group_name: string;

  protected build(): void {
    this.box = document.createElement("div");
    this.box.className = "dash-choices";
    this.inputs = [];
    this.group_name = `dash-radio-${radio_names++}`;
    this.el.appendChild(this.box);
  }

  protected render(prev: ModelSnap | null): void {
    const radio = this.model.type === "RadioGroup";
    this.box.classList.toggle("inline", this.attr<boolean>("inline") === true);
    if (this.changed(prev, "labels")) {
      this.box.replaceChildren();
      this.inputs = (this.attr<string[]>("labels") ?? []).map((label, i) => {
        const l = document.createElement("label");
        const inp = document.createElement("input");
        inp.type = radio ? "radio" : "checkbox";
        inp.name = this.group_name;
        inp.addEventListener("change", () => {
          if (radio) this.set("active", i);
          else this.set("active", this.inputs.flatMap((x, k) => (x.checked ? [k] : [])));
        });
        l.append(inp, document.createTextNode(label));
        this.box.appendChild(l);
        return inp;
      });
    }
    const a = this.attr<unknown>("active");
    this.inputs.forEach((inp, i) => {
      inp.checked = Array.isArray(a) ? a.includes(i) : a === i;
      inp.disabled = this.attr<boolean>("disabled") === true;
    });
  }
}

export class SwitchView extends WidgetView {
  declare private knob: HTMLDivElement;

  protected build(): void {
    this.knob = document.createElement("div");
    this.knob.className = "dash-switch-knob"; // not "dash-switch": that is the wrapper's class (dash-<type>)
    this.knob.setAttribute("role", "switch");
    this.knob.addEventListener("click", () => {
      if (this.attr<boolean>("disabled")) return;
      const next = !this.knob.classList.contains("on");
      this.knob.classList.toggle("on", next);
      this.set("active", next);
    });
    this.el.appendChild(this.knob);
  }

  protected render(): void {
    this.knob.classList.toggle("on", this.attr<boolean>("active") === true);
  }
}
