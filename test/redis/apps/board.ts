/** One shared document that clients edit concurrently; the server clamps the slider (a reaction). */
import type { Document } from "@dash/server";
import { build_board } from "../../support/board.ts";

export const shared = true;

export default function app(doc: Document): void {
  build_board(doc);
}
