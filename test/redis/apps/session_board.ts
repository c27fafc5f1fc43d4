/** A per-session board (one document per page load, random title): clients edit it from several processes. */
import type { Document } from "@dash/server";
import { build_board } from "../../support/board.ts";
import { board_writes } from "../../support/board.ts";

/** Clients of these multi-process tests stream, retitle and push: see board_writes. */
export const client_writes = board_writes;

export default function app(doc: Document): void {
  doc.title = `board-${Math.random().toString(36).slice(2)}`;
  build_board(doc);
}
