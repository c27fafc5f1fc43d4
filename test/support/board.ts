/**
 * The board that shared-document tests edit concurrently (single process and Redis): a
 * slider the server clamps to 90 (a reaction on the attribute clients edit), a text input
 * and a log clients and the server stream rows into.
 */
import { ColumnDataSource, Slider, TextInput, type ClientWrites, type Document } from "@dash/server";

/**
 * What board apps let clients change beyond the page UI: they stream into the log and set the
 * title, and some tests push whole documents (so new models and structure too).
 */
export const board_writes: ClientWrites = { attributes: { ColumnDataSource: ["data"] }, structure: true, new_models: true };

export function build_board(doc: Document): { slider: Slider; text: TextInput; log: ColumnDataSource } {
  const slider = new Slider({ name: "slider", start: 0, end: 100, value: 50, step: 1 });
  const text = new TextInput({ name: "text", value: "" });
  const log = new ColumnDataSource({ name: "log", data: { who: [] as string[], n: new Float64Array(0) } });
  slider.on_change("value", (_a, _o, v) => {
    if ((v as number) > 90) slider.value = 90;
  });
  doc.add_root(slider);
  doc.add_root(text);
  doc.add_root(log);
  return { slider, text, log };
}
