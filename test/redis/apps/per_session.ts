/** A per-session document (one per page load) whose title is random: a rebuilt copy would differ. */
import { Slider, type Document } from "@dash/server";
import { board_writes } from "../../support/board.ts";

/** Clients of these multi-process tests stream, retitle and push: see board_writes. */
export const client_writes = board_writes;

export default function app(doc: Document): void {
  doc.title = `doc-${Math.random().toString(36).slice(2)}`;
  doc.add_root(new Slider({ name: "slider", start: 0, end: 100, value: 1, step: 1 }));
}
