/**
 * The opt-in to binary buffers in PULL-DOC-REPLY (docs/protocol.md, "Pulling the document").
 * Bokeh's Python client and BokehJS before 3.10 read a pulled document from its text frames
 * only, so a client gets buffers only when its session token's payload carries this claim
 * set to true. Dash's pages put it in the tokens they issue (for Dash's client and for
 * BokehJS 3.10), and Dash's Node client in the tokens it makes; the token is the one thing
 * every Bokeh client hands to the server unchanged, so no client code has to change.
 */
export const BINARY_PULL_CLAIM = "dash_binary_pull";
