/** Sample content of every message type, shared by the wire tests. Not part of the public API. */
import { type ContentMap, MsgType } from "./messages.ts";

const doc = {
  version: "3.10.0",
  title: "Bokeh Application",
  roots: [{ type: "object", name: "Plot", id: "p1001", attributes: { width: 300 } }],
  defs: [],
};

export const SAMPLE_CONTENT: { [K in keyof ContentMap]: ContentMap[K] } = {
  [MsgType.ACK]: {},
  [MsgType.OK]: {},
  [MsgType.ERROR]: { text: "boom ✗", traceback: "Traceback (most recent call last): ..." },
  [MsgType.PULL_DOC_REQ]: {},
  [MsgType.PULL_DOC_REPLY]: { doc },
  [MsgType.PUSH_DOC]: { doc },
  [MsgType.PATCH_DOC]: {
    events: [
      {
        kind: "ColumnsStreamed",
        model: { id: "p1002" },
        attr: "data",
        data: { type: "map", entries: [["x", { type: "ndarray", array: { id: "b0" }, shape: [4], dtype: "float64", order: "little" }]] },
        rollover: 100,
      },
    ],
  },
  [MsgType.SERVER_INFO_REQ]: {},
  [MsgType.SERVER_INFO_REPLY]: { version_info: { bokeh: "3.10.0", server: "3.10.0" } },
};

export const ALL_MSGTYPES = Object.values(MsgType);

/** Two payloads: an 32-byte float64 array and a view into the middle of a larger buffer. */
export function sample_buffers(): Map<string, Uint8Array> {
  const floats = new Float64Array([1, 2.5, -3, Number.NaN]);
  const big = new Uint8Array(64).map((_, i) => i);
  return new Map([
    ["b0", new Uint8Array(floats.buffer)],
    ["p1234", big.subarray(8, 24)],
  ]);
}
