/**
 * The client write policy: which changes a client (any viewer of a session) may make to
 * the document. Checked on the decoded patch, before anything is applied.
 *
 * By default ("ui") a client may change what the page's own UI changes: widget values,
 * ranges, selections, tool and legend state, and the data of sources an edit tool or an
 * editable DataTable edits. It may not create models, add or remove roots, change the
 * title, or touch code (CustomJS, js_*_callbacks) or HTML-bearing text, since every other
 * viewer's page would run or render it. An app widens this with
 * `export const client_writes = ...` (see ClientWrites), or restores Bokeh's behaviour
 * (anything valid) with `"all"`.
 */
import { DashError, ErrorCode, Model, bokeh_bases, models_in, type DecodedPatch, type Document, type PatchOp } from "@dash/protocol";

/** What an app allows clients to change beyond the page's UI (the app export `client_writes`). */
export interface ClientWritesSpec {
  /**
   * More attributes clients may set, by Bokeh type name (subclasses included): a list of
   * names, or "*" for every attribute of that type except code and HTML ones, which must
   * be named one by one (e.g. `{ Div: ["text"] }`).
   */
  readonly attributes?: Readonly<Record<string, readonly string[] | "*">>;
  /** Clients may bring new models (in values, RootAdded or PUSH-DOC). Default false. */
  readonly new_models?: boolean;
  /** Clients may add and remove roots, change the title and push whole documents. Default false. */
  readonly structure?: boolean;
}

export type ClientWrites = "ui" | "all" | ClientWritesSpec;

/** Attributes the page's own UI changes, by Bokeh type name (subclasses included). */
const UI_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  InputWidget: ["value", "value_input", "value_throttled"],
  AbstractSlider: ["value", "value_throttled"],
  ToggleInputGroup: ["active"],
  ToggleButtonGroup: ["active"],
  ToggleInput: ["active"],
  Toggle: ["active"],
  ColorPicker: ["color"],
  FileInput: ["value", "mime_type", "filename"],
  Dialog: ["visible"],
  Tooltip: ["visible", "closable"],
  Drawer: ["open"],
  GroupBox: ["disabled"],
  Tabs: ["active", "tabs"],
  UndoTool: ["disabled"],
  RedoTool: ["disabled"],
  // Annotations an app made editable or movable: BokehJS reports where the user put them.
  BoxAnnotation: ["left", "right", "top", "bottom"],
  PolyAnnotation: ["xs", "ys"],
  Span: ["location"],
  Label: ["x", "y", "angle"],
  Title: ["text_align", "text_baseline"],
  // Layout read-outs BokehJS reports back after it lays a plot out.
  Plot: ["inner_width", "inner_height", "outer_width", "outer_height"],
  Range: ["start", "end"],
  Selection: ["indices", "line_indices", "multiline_indices", "image_indices"],
  Tool: ["active"],
  Toolbar: ["active_drag", "active_inspect", "active_scroll", "active_tap", "active_multi"],
  DataRenderer: ["visible", "muted"],
  LegendItem: ["visible"],
};

/** Attributes that carry code or HTML into other viewers' pages. */
const CODE_OR_HTML: Readonly<Record<string, readonly string[]>> = {
  Model: ["js_property_callbacks", "js_event_callbacks"],
  Callback: ["*"],
  Markup: ["text"],
  Tooltip: ["content"],
  HTMLTemplateFormatter: ["template"],
  TickFormatter: ["code", "args"],
  Filter: ["code", "args"],
  Transform: ["code", "args", "func", "v_func"],
};

/** Edits that change a column data source's data. */
const DATA_OPS = new Set(["ColumnDataChanged", "ColumnsStreamed", "ColumnsPatched"]);

const chains = new WeakMap<object, readonly string[]>();
/**
 * A model's Bokeh type names, most derived first (its class and every base). The generated
 * catalog classes may skip abstract bases (DateRangeSlider's class extends Widget), so BokehJS's
 * own base list completes the chain (AbstractSlider: value, value_throttled).
 */
function type_chain(m: Model): readonly string[] {
  const ctor = m.constructor as { __name__?: string };
  let chain = chains.get(ctor);
  if (chain === undefined) {
    const names: string[] = [];
    type Named = { readonly __name__?: string } | null;
    for (let c = ctor as Named; c !== null && c.__name__ !== undefined; c = Object.getPrototypeOf(c) as Named) {
      const name = c.__name__;
      if (names[names.length - 1] !== name) names.push(name);
    }
    for (const base of Object.hasOwn(bokeh_bases, names[0] ?? "") ? bokeh_bases[names[0]!]! : []) if (!names.includes(base)) names.push(base);
    chains.set(ctor, (chain = names));
  }
  return chain;
}

function listed(table: Readonly<Record<string, readonly string[] | "*">>, m: Model, attr: string, star_covers: (attr: string) => boolean): boolean {
  for (const name of type_chain(m)) {
    if (!Object.hasOwn(table, name)) continue;
    const attrs = table[name]!;
    if (attrs === "*" ? star_covers(attr) : attrs.includes(attr) || (attrs.includes("*") && star_covers(attr))) return true;
  }
  return false;
}

export function is_code_or_html(m: Model, attr: string): boolean {
  return listed(CODE_OR_HTML, m, attr, () => true);
}

function refuse(why: string): never {
  throw new DashError(ErrorCode.WRITE_REFUSED, `${why}; this app's client write policy does not allow it (see client_writes in docs/guide.md)`);
}

/** Validates an app's `client_writes` export; throws a message naming what is wrong. */
export function check_client_writes(v: unknown): ClientWrites {
  if (v === undefined) return "ui";
  if (v === "ui" || v === "all") return v;
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new Error(`client_writes must be "ui", "all" or an object, got ${JSON.stringify(v)}`);
  const spec = v as Record<string, unknown>;
  for (const key of Object.keys(spec)) {
    if (!["attributes", "new_models", "structure"].includes(key)) throw new Error(`client_writes has no option '${key}'`);
  }
  for (const key of ["new_models", "structure"] as const) {
    if (spec[key] !== undefined && typeof spec[key] !== "boolean") throw new Error(`client_writes.${key} must be a boolean`);
  }
  const attrs = spec.attributes;
  if (attrs !== undefined) {
    if (attrs === null || typeof attrs !== "object" || Array.isArray(attrs)) throw new Error("client_writes.attributes must map type names to attribute lists or \"*\"");
    for (const [type, list] of Object.entries(attrs)) {
      if (list !== "*" && !(Array.isArray(list) && list.every((a) => typeof a === "string"))) {
        throw new Error(`client_writes.attributes.${type} must be a list of attribute names or "*"`);
      }
    }
  }
  return spec as ClientWritesSpec;
}

export class WritePolicy {
  private readonly spec: ClientWritesSpec;
  readonly all: boolean;
  /** Sources the page may edit, for may_write; recomputed after the document's references change. */
  private editable: Set<Model> | null = null;

  constructor(writes: ClientWrites = "ui") {
    this.all = writes === "all";
    this.spec = typeof writes === "object" ? writes : {};
  }

  /** May a client set `attr` of `m` (a ModelChanged, or a full model representation)? */
  may_set(m: Model, attr: string): boolean {
    if (this.all) return true;
    const extra = this.spec.attributes;
    if (extra !== undefined && listed(extra, m, attr, (a) => !is_code_or_html(m, a))) return true;
    if (is_code_or_html(m, attr)) return false;
    return listed(UI_ATTRIBUTES, m, attr, () => false);
  }

  /** Throws DASH_ERR_WRITE_REFUSED when the patch holds a change clients may not make. */
  check_patch(doc: Document, patch: DecodedPatch): void {
    if (this.all) return;
    if (patch.created.length > 0 && this.spec.new_models !== true) {
      refuse(`the change brings new models (${patch.created.slice(0, 3).map((m) => m.type).join(", ")})`);
    }
    let editable: Set<Model> | null = null;
    for (const op of patch.ops) {
      if (op.kind === "MessageSent") continue; // UI events: the app decides what they do
      if (op.kind === "RootAdded" || op.kind === "RootRemoved" || op.kind === "TitleChanged") {
        if (this.spec.structure !== true) refuse(`${op.kind} changes the document's structure`);
        continue;
      }
      const attr = attr_of(op);
      if (this.may_set(op.model, attr)) continue;
      if (attr === "data" && (DATA_OPS.has(op.kind) || op.kind === "ModelChanged")) {
        editable ??= editable_sources(doc);
        if (editable.has(op.model)) continue;
      }
      refuse(`${op.model.type}.${attr} is not something this page's UI changes`);
    }
    for (const [m, attrs] of patch.updates) {
      for (const attr of Object.keys(attrs)) if (!this.may_set(m, attr)) refuse(`${m.type}.${attr} is not something this page's UI changes`);
    }
  }

  /**
   * Could a client's patch set this attribute of `m` (`"title"`: the document's title)? Plain
   * clients' convergence (plain_sync.ts) tracks only such keys: a value the client can never
   * write cannot be lost to a crossing edit, so streaming a read-only source costs no probes.
   */
  may_write(doc: Document, m: Model | "title", attr: string): boolean {
    if (this.all) return true;
    if (m === "title") return this.spec.structure === true;
    if (this.may_set(m, attr)) return true;
    if (attr !== "data") return false;
    this.editable ??= editable_sources(doc);
    return this.editable.has(m);
  }

  /** The document's references changed (a root, or a reference attribute): which sources are editable may have too. */
  references_changed(): void {
    this.editable = null;
  }

  /** PUSH-DOC replaces the whole document. */
  check_push(): void {
    if (this.all) return;
    if (this.spec.structure !== true || this.spec.new_models !== true) refuse("PUSH-DOC replaces the whole document");
  }
}

function attr_of(op: Exclude<PatchOp, { kind: "MessageSent" | "RootAdded" | "RootRemoved" | "TitleChanged" }>): string {
  return op.kind === "ModelChanged" || op.kind === "ColumnDataChanged" ? op.attr : "data";
}

/** Sources whose data the page may edit: those of edit tools' renderers and of editable DataTables. */
function editable_sources(doc: Document): Set<Model> {
  const out = new Set<Model>();
  for (const m of doc.models.values()) {
    const chain = type_chain(m);
    if (chain.includes("EditTool")) {
      for (const [name, spec] of (m.constructor as typeof Model).__props__) {
        if (!spec.def.kind.refs) continue;
        for (const r of models_in(m._v[name])) {
          const source = r._v.data_source;
          if (type_chain(r).includes("GlyphRenderer") && source instanceof Model) out.add(source);
        }
      }
    } else if (chain.includes("DataTable") && m._v.editable === true && m._v.source instanceof Model) {
      out.add(m._v.source);
    }
  }
  return out;
}
