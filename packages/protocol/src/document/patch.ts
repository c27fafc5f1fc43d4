/**
 * Applying a peer's PATCH-DOC in two steps: `decode_patch` decodes and validates every
 * event (nothing changes), so a host can inspect the whole patch (e.g. a write policy)
 * before `apply_decoded` applies it all in one batch. A patch that fails anywhere
 * changes nothing.
 */
import { DashError, ErrorCode, ValidationError, assertNever, describe_value } from "../errors.ts";
import { Invalid, is_plain_object } from "../core/kinds.ts";
import { Model, type UIEvent } from "../core/model.ts";
import type { ColumnData } from "../core/specs.ts";
import { Deserializer, type BufferMap, type DeserializerOptions } from "../codec/deserializer.ts";
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

/** One decoded, validated event of a peer's patch. */
export type PatchOp =
  | { readonly kind: "ModelChanged"; readonly model: Model; readonly attr: string; readonly value: unknown }
  | { readonly kind: "ColumnDataChanged"; readonly model: Model; readonly attr: string; readonly data: unknown; readonly cols: readonly string[] | null }
  | { readonly kind: "ColumnsStreamed"; readonly model: Model & ColumnsTarget; readonly data: ColumnData; readonly rollover: number | null }
  | { readonly kind: "ColumnsPatched"; readonly model: Model & ColumnsTarget; readonly patches: ColumnPatches }
  | { readonly kind: "RootAdded"; readonly model: Model }
  | { readonly kind: "RootRemoved"; readonly model: Model }
  | { readonly kind: "TitleChanged"; readonly title: string }
  | { readonly kind: "MessageSent"; readonly msg_type: string; readonly msg_data: unknown };

/** A peer's patch, decoded and validated, not yet applied. */
export interface DecodedPatch {
  readonly ops: readonly PatchOp[];
  /** Models the patch brings that the document does not have (new ids). */
  readonly created: readonly Model[];
  /** Full representations of models the document has: attributes to set on them. */
  readonly updates: ReadonlyArray<readonly [Model, Readonly<Record<string, unknown>>]>;
}

function bad(message: string): never {
  throw new DashError(ErrorCode.BAD_EVENT, message);
}

function check_attr(model: Model, attr: unknown, value: unknown): string {
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
  return attr;
}

function model_of(v: unknown, what: string): Model {
  if (!(v instanceof Model)) bad(`${what} must reference a model`);
  return v;
}

/** Decode and validate a PATCH-DOC content against `doc`; nothing is applied. */
export function decode_patch(doc: Document, content: unknown, buffers: BufferMap = new Map(), opts: DeserializerOptions = {}): DecodedPatch {
  if (!is_plain_object(content) || !Array.isArray(content.events)) bad("patch content must have an events array");
  const d = new Deserializer((id) => doc.get_model_by_id(id), buffers, false, { max_decoded_bytes: opts.max_decoded_bytes ?? doc.max_decoded_bytes });
  const ops: PatchOp[] = [];
  const removed = new Set<Model>();

  for (const raw of content.events) {
    if (!is_plain_object(raw) || typeof raw.kind !== "string") bad("each event must be an object with a kind");
    const kind = raw.kind;
    switch (kind) {
      case "ModelChanged": {
        const model = model_of(d.decode(raw.model), "ModelChanged.model");
        const value = d.decode(raw.new);
        ops.push({ kind, model, attr: check_attr(model, raw.attr, value), value });
        break;
      }
      case "ColumnDataChanged": {
        const model = model_of(d.decode(raw.model), "ColumnDataChanged.model");
        const data = d.decode(raw.data);
        const attr = check_attr(model, raw.attr ?? "data", data);
        let cols: string[] | null = null;
        if (Array.isArray(raw.cols)) {
          if (!raw.cols.every((c): c is string => typeof c === "string")) bad("ColumnDataChanged.cols must be strings");
          cols = raw.cols;
        }
        if (cols !== null) check_attr(model, attr, merged_columns(model._v[attr], data));
        ops.push({ kind, model, attr, data, cols });
        break;
      }
      case "ColumnsStreamed": {
        const model = d.decode(raw.model);
        if (!is_columns_target(model)) bad("ColumnsStreamed must target a ColumnDataSource");
        const rollover = raw.rollover;
        if (rollover != null && (typeof rollover !== "number" || !Number.isSafeInteger(rollover) || rollover < 0)) {
          bad(`rollover must be a non-negative integer or null, got ${describe_value(rollover)}`);
        }
        const data = model.validate_stream(d.decode(raw.data) as ColumnData, rollover ?? null);
        ops.push({ kind, model, data, rollover: rollover ?? null });
        break;
      }
      case "ColumnsPatched": {
        const model = d.decode(raw.model);
        if (!is_columns_target(model)) bad("ColumnsPatched must target a ColumnDataSource");
        const patches = model.validate_patch(d.decode(raw.patches) as ColumnPatches);
        ops.push({ kind, model, patches });
        break;
      }
      case "RootAdded": {
        const model = model_of(d.decode(raw.model), "RootAdded.model");
        ops.push({ kind, model });
        break;
      }
      case "RootRemoved": {
        const model = model_of(d.decode(raw.model), "RootRemoved.model");
        // Against the roots as they will be when this event applies (earlier events of the patch included).
        const will_be_root = (doc.roots.includes(model) || ops.some((o) => o.kind === "RootAdded" && o.model === model)) && !removed.has(model);
        if (!will_be_root) bad(`RootRemoved: ${model} is not a root of the document`);
        removed.add(model);
        ops.push({ kind, model });
        break;
      }
      case "TitleChanged": {
        if (typeof raw.title !== "string") bad("TitleChanged.title must be a string");
        ops.push({ kind, title: raw.title });
        break;
      }
      case "MessageSent": {
        if (typeof raw.msg_type !== "string") bad("MessageSent.msg_type must be a string");
        ops.push({ kind, msg_type: raw.msg_type, msg_data: d.decode(raw.msg_data) });
        break;
      }
      default:
        bad(`unknown patch event kind '${kind}'`);
    }
  }
  for (const [model, attrs] of d.updates) {
    for (const [k, v] of Object.entries(attrs)) check_attr(model, k, v);
  }
  for (const m of d.created) doc._check_attachable(m);
  return { ops, created: d.created, updates: d.updates };
}

/** A ColumnDataChanged with `cols`: the named columns replace those of the current data. */
function merged_columns(current: unknown, data: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  Object.assign(out, current, data);
  return out;
}

function apply_op(doc: Document, op: PatchOp, origin: string | undefined): void {
  switch (op.kind) {
    case "ModelChanged":
      op.model.setv({ [op.attr]: op.value }, { origin });
      return;
    case "ColumnDataChanged":
      op.model.setv({ [op.attr]: op.cols !== null ? merged_columns(op.model._v[op.attr], op.data) : op.data }, { origin });
      return;
    case "ColumnsStreamed":
      op.model._stream(op.data, op.rollover, origin);
      return;
    case "ColumnsPatched":
      op.model._patch(op.patches, origin);
      return;
    case "RootAdded":
      doc.add_root(op.model, origin);
      return;
    case "RootRemoved":
      doc.remove_root(op.model, origin);
      return;
    case "TitleChanged":
      doc.set_title(op.title, origin);
      return;
    case "MessageSent": {
      const { msg_type, msg_data } = op;
      if (msg_type === "bokeh_event" && is_plain_object(msg_data) && typeof msg_data.event_name === "string") {
        const target = msg_data.model instanceof Model ? msg_data.model : null;
        const event = { ...msg_data, model: target } as UIEvent;
        target?._trigger_event(event);
      }
      doc._receive_message(msg_type, msg_data);
      return;
    }
    default:
      assertNever(op, "patch op");
  }
}

/** Apply a decoded patch in one batch; returns the version of the batch it went into. */
export function apply_decoded(doc: Document, patch: DecodedPatch, origin?: string): number {
  const was_holding = doc.holding !== null;
  if (!was_holding) doc.hold("collect");
  try {
    for (const op of patch.ops) apply_op(doc, op, origin);
    for (const [model, attrs] of patch.updates) model.setv({ ...attrs }, { origin });
  } finally {
    if (!was_holding) doc.unhold();
  }
  return doc.version;
}

/** Decode, validate and apply a PATCH-DOC content; returns the version of the batch it went into. */
export function apply_patch(doc: Document, content: unknown, buffers: BufferMap = new Map(), origin?: string, opts: DeserializerOptions = {}): number {
  return apply_decoded(doc, decode_patch(doc, content, buffers, opts), origin);
}
