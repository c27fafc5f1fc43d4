/**
 * Applying a peer's PATCH-DOC: decode and validate every event first, then apply them
 * all in one batch. A patch that fails anywhere changes nothing.
 */
import { DashError, ErrorCode, ValidationError, describe_value } from "../errors.ts";
import { Invalid, is_plain_object } from "../core/kinds.ts";
import { Model, type UIEvent } from "../core/model.ts";
import type { ColumnData } from "../core/specs.ts";
import { Deserializer, type BufferMap } from "../codec/deserializer.ts";
import type { Document } from "./document.ts";
import type { ColumnPatches } from "./events.ts";

/** Implemented by models holding columns (ColumnDataSource). */
export interface ColumnsTarget {
  validate_stream(data: ColumnData, rollover?: number | null): ColumnData;
  validate_patch(patches: ColumnPatches): ColumnPatches;
  _stream(data: ColumnData, rollover: number | null | undefined, origin?: string): void;
  _patch(patches: ColumnPatches, origin?: string): void;
}

function is_columns_target(m: unknown): m is Model & ColumnsTarget {
  return m instanceof Model && typeof (m as unknown as ColumnsTarget)._stream === "function";
}

function bad(message: string): never {
  throw new DashError(ErrorCode.BAD_EVENT, message);
}

function check_attr(model: Model, attr: unknown, value: unknown): [string, unknown] {
  if (typeof attr !== "string") bad("event attr must be a string");
  const spec = (model.constructor as typeof Model).get_property(attr);
  if (spec === undefined) {
    throw new ValidationError(ErrorCode.UNKNOWN_ATTRIBUTE, `${model.type} has no attribute '${attr}'`, { model: model.type, attr });
  }
  const r = spec.def.kind.coerce(value);
  if (r === Invalid) {
    throw new ValidationError(ErrorCode.BAD_VALUE, `${model.type}.${attr} expected ${spec.def.kind.name}, got ${describe_value(value)}`, {
      model: model.type, attr, expected: spec.def.kind.name, received: describe_value(value),
    });
  }
  return [attr, value];
}

function model_of(v: unknown, what: string): Model {
  if (!(v instanceof Model)) bad(`${what} must reference a model`);
  return v;
}

/** Returns the version of the batch the patch went into. */
export function apply_patch(doc: Document, content: unknown, buffers: BufferMap = new Map(), origin?: string): number {
  if (!is_plain_object(content) || !Array.isArray(content.events)) bad("patch content must have an events array");
  const d = new Deserializer((id) => doc.get_model_by_id(id), buffers, false, { max_decoded_bytes: doc.max_decoded_bytes });
  const ops: Array<() => void> = [];

  for (const raw of content.events) {
    if (!is_plain_object(raw) || typeof raw.kind !== "string") bad("each event must be an object with a kind");
    const kind = raw.kind;
    switch (kind) {
      case "ModelChanged": {
        const model = model_of(d.decode(raw.model), "ModelChanged.model");
        const [attr, value] = check_attr(model, raw.attr, d.decode(raw.new));
        ops.push(() => model.setv({ [attr]: value }, { origin }));
        break;
      }
      case "ColumnDataChanged": {
        const model = model_of(d.decode(raw.model), "ColumnDataChanged.model");
        const data = d.decode(raw.data);
        const [attr] = check_attr(model, raw.attr ?? "data", data);
        ops.push(() => {
          const merged = Array.isArray(raw.cols) ? { ...(model._v[attr] as object), ...(data as object) } : data;
          model.setv({ [attr]: merged }, { origin });
        });
        break;
      }
      case "ColumnsStreamed": {
        const model = d.decode(raw.model);
        if (!is_columns_target(model)) bad("ColumnsStreamed must target a ColumnDataSource");
        const rollover = raw.rollover;
        if (rollover != null && (typeof rollover !== "number" || rollover < 0)) bad("rollover must be a non-negative number or null");
        const data = model.validate_stream(d.decode(raw.data) as ColumnData, rollover as number | null);
        ops.push(() => model._stream(data, rollover as number | null, origin));
        break;
      }
      case "ColumnsPatched": {
        const model = d.decode(raw.model);
        if (!is_columns_target(model)) bad("ColumnsPatched must target a ColumnDataSource");
        const patches = model.validate_patch(d.decode(raw.patches) as ColumnPatches);
        ops.push(() => model._patch(patches, origin));
        break;
      }
      case "RootAdded": {
        const model = model_of(d.decode(raw.model), "RootAdded.model");
        ops.push(() => doc.add_root(model, origin));
        break;
      }
      case "RootRemoved": {
        const model = model_of(d.decode(raw.model), "RootRemoved.model");
        ops.push(() => doc.remove_root(model, origin));
        break;
      }
      case "TitleChanged": {
        if (typeof raw.title !== "string") bad("TitleChanged.title must be a string");
        const title = raw.title;
        ops.push(() => doc.set_title(title, origin));
        break;
      }
      case "MessageSent": {
        if (typeof raw.msg_type !== "string") bad("MessageSent.msg_type must be a string");
        const msg_type = raw.msg_type;
        const msg_data = d.decode(raw.msg_data);
        ops.push(() => {
          if (msg_type === "bokeh_event" && is_plain_object(msg_data) && typeof msg_data.event_name === "string") {
            const target = msg_data.model instanceof Model ? msg_data.model : null;
            const event = { ...msg_data, model: target } as UIEvent;
            target?._trigger_event(event);
          }
          doc._receive_message(msg_type, msg_data);
        });
        break;
      }
      default:
        bad(`unknown patch event kind '${kind}'`);
    }
  }
  for (const [model, attrs] of d.updates) {
    for (const [k, v] of Object.entries(attrs)) check_attr(model, k, v);
    ops.push(() => model.setv(attrs, { origin }));
  }
  for (const m of d.created) doc._check_attachable(m);

  const was_holding = doc.holding !== null;
  if (!was_holding) doc.hold("collect");
  try {
    for (const op of ops) op();
  } finally {
    if (!was_holding) {
      doc.unhold();
    }
  }
  return doc.version;
}
