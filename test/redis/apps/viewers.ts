/** A shared document whose Div tells how many joins and leaves the app's hooks saw, and the count they read. */
import { Div, type ConnectionContext, type Document } from "@dash/server";
import { board_writes } from "../../support/board.ts";

/** Clients of these multi-process tests stream, retitle and push: see board_writes. */
export const client_writes = board_writes;

export const shared = true;

let joins = 0;
let leaves = 0;
let div: Div | null = null;

const show = (ctx: ConnectionContext): void => {
  if (div !== null) div.text = `joins ${joins} leaves ${leaves} count ${ctx.session.connection_count}`;
};

export default function app(doc: Document): void {
  div = new Div({ name: "hooks", text: "" });
  doc.add_root(div);
}

export function on_connection_created(ctx: ConnectionContext): void {
  joins++;
  show(ctx);
}

export function on_connection_destroyed(ctx: ConnectionContext): void {
  leaves++;
  show(ctx);
}
