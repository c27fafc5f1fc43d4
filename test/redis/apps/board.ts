/** One shared document that clients edit concurrently; the server clamps the slider (a reaction). */
import type { Document } from "@dash/server";
import { build_board } from "../../support/board.ts";
import { board_writes } from "../../support/board.ts";

/** Clients of these multi-process tests stream, retitle and push: see board_writes. */
export const client_writes = board_writes;

export const shared = true;

export default function app(doc: Document): void {
  build_board(doc);
}
