/** A per-session document (one per page load) whose title is random: a rebuilt copy would differ. */
import { Slider, type Document } from "@dash/server";

export default function app(doc: Document): void {
  doc.title = `doc-${Math.random().toString(36).slice(2)}`;
  doc.add_root(new Slider({ name: "slider", start: 0, end: 100, value: 1, step: 1 }));
}
