/** One shared document that clients edit concurrently; the server clamps the slider (a reaction). */
import { ColumnDataSource, Slider, TextInput, type Document } from "@dash/server";

export const shared = true;

export default function app(doc: Document): void {
  const slider = new Slider({ name: "slider", start: 0, end: 100, value: 50, step: 1 });
  const text = new TextInput({ name: "text", value: "" });
  const log = new ColumnDataSource({ name: "log", data: { who: [] as string[], n: new Float64Array(0) } });
  slider.on_change("value", (_a, _o, v) => {
    if ((v as number) > 90) slider.value = 90;
  });
  doc.add_root(slider);
  doc.add_root(text);
  doc.add_root(log);
}
