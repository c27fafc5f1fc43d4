/**
 * A shared document whose periodic callback streams consecutive integers into `n`. The
 * next integer comes from the document (not from a variable), so a process that takes the
 * callback over carries on where the last one stopped: a second copy running, or none,
 * shows as a repeated or missing integer.
 */
import { ColumnDataSource, type Document } from "@dash/server";
import { board_writes } from "../../support/board.ts";

/** Clients of these multi-process tests stream, retitle and push: see board_writes. */
export const client_writes = board_writes;

export const shared = true;

export default function app(doc: Document): void {
  const src = new ColumnDataSource({ name: "src", data: { n: new Float64Array(0), pid: new Float64Array(0) } });
  doc.add_root(src);
  doc.add_periodic_callback(() => {
    const n = src.data.n as Float64Array;
    const next = n.length === 0 ? 0 : n[n.length - 1]! + 1;
    src.stream({ n: [next], pid: [process.pid] });
  }, 20);
}
