/**
 * Writes (or with --check, verifies) the generated part of Dash's model catalog from
 * BokehJS 3.10's own metadata: every registered model type, its serialized (non-internal)
 * attributes, their kinds and defaults.
 *
 *   npx tsx packages/protocol/scripts/gen_models.ts [--check]
 *
 * - models/catalog/models.gen.ts: a `define()` for every type Dash has no hand-written class
 *   for, extending the nearest registered base (hand-written or generated), bases first.
 * - models/catalog/extras.gen.ts: per hand-written class, the BokehJS attributes it lacks;
 *   the hand-written `define()` spreads them (`...extras.BoxAnnotation`).
 * Hand-written classes stay the reference for what they declare (methods, typed kinds).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { load_bokehjs, type BkClass, type BkPropDef, type BokehNode } from "./bokehjs_node.ts";

const here = dirname(fileURLToPath(import.meta.url));
const out_dir = join(here, "..", "src", "models", "catalog");
const check = process.argv.includes("--check");

type HandModule = { path: string; mod: Record<string, unknown> };

async function hand_written(): Promise<{ classes: Map<string, { export_name: string; path: string; props: Set<string>; base: string | null }>; extras: Record<string, Record<string, unknown>> }> {
  // Only the hand-written modules (the catalog index is not imported here).
  const mods: HandModule[] = [];
  for (const p of ["plot_index.ts", "sources/index.ts", "layouts/index.ts", "widgets/index.ts", "expressions/index.ts"]) {
    mods.push({ path: p, mod: (await import(join(here, "..", "src", "models", p))) as Record<string, unknown> });
  }
  let extras: Record<string, Record<string, unknown>> = {};
  try {
    extras = ((await import(join(out_dir, "extras.gen.ts"))) as { extras: Record<string, Record<string, unknown>> }).extras;
  } catch { /* first run */ }
  const classes = new Map<string, { export_name: string; path: string; props: Set<string>; base: string | null }>();
  for (const { path, mod } of mods) {
    for (const [export_name, v] of Object.entries(mod)) {
      if (typeof v !== "function" || !("__props__" in v) || !("__name__" in v)) continue;
      const cls = v as unknown as { __name__: string; __props__: Map<string, unknown> };
      if (classes.has(cls.__name__)) continue;
      // What the hand-written chain declares itself: its props minus the generated extras of the chain.
      const props = new Set(cls.__props__.keys());
      let base_cls = Object.getPrototypeOf(cls) as { __name__?: string };
      while (base_cls.__name__ === cls.__name__) base_cls = Object.getPrototypeOf(base_cls) as { __name__?: string };
      for (let c: { __name__?: string } | null = cls; c !== null && c.__name__ !== undefined; c = Object.getPrototypeOf(c)) {
        for (const k of Object.keys(extras[c.__name__!] ?? {})) props.delete(k);
      }
      classes.set(cls.__name__, { export_name, path, props, base: base_cls.__name__ === cls.__name__ ? null : (base_cls.__name__ ?? null) });
    }
  }
  return { classes, extras };
}

const SPEC: Record<string, string> = {
  AngleSpec: "AngleSpec", ColorSpec: "ColorSpec", DistanceSpec: "DistanceSpec", NullDistanceSpec: "NullNumberSpec", NumberSpec: "NumberSpec",
  ScreenSizeSpec: "SizeSpec", StringSpec: "StringSpec", NullStringSpec: "NullStringSpec", FontSizeSpec: "FontSizeSpec", FontSpec: "FontSpec",
  FontStyleSpec: 'EnumSpec("FontStyleSpec", "normal", "italic", "bold", "bold italic")', TextAlignSpec: 'EnumSpec("TextAlignSpec", "left", "right", "center")',
  TextBaselineSpec: 'EnumSpec("TextBaselineSpec", "top", "middle", "bottom", "alphabetic", "hanging", "ideographic")',
  LineCapSpec: 'EnumSpec("LineCapSpec", "butt", "round", "square")', LineJoinSpec: 'EnumSpec("LineJoinSpec", "miter", "round", "bevel")',
  LineDashSpec: "DashPatternSpec", MarkerSpec: "MarkerSpec", OutlineShapeSpec: "OutlineShapeSpec", NDArraySpec: "NDArraySpec",
  XCoordinateSpec: "CoordinateSpec", YCoordinateSpec: "CoordinateSpec", XOrYCoordinateSpec: "CoordinateSpec",
  XCoordinateSeqSpec: "CoordinateSeqSpec", YCoordinateSeqSpec: "CoordinateSeqSpec",
  XCoordinateSeqSeqSeqSpec: 'ValueOnlySpec("CoordinateSeqSeqSeqSpec", AnyPlain)', YCoordinateSeqSeqSeqSpec: 'ValueOnlySpec("CoordinateSeqSeqSeqSpec", AnyPlain)',
  TextAnchorSpec: "TextAnchorSpec",
};
const SCALAR: Record<string, string> = {
  ColorScalar: "Nullable(Color)", NumberScalar: "Num", LineCapScalar: "LineCap", LineJoinScalar: "LineJoin", LineDashScalar: "LineDash",
  NullStringScalar: "Nullable(Str)", DictScalar: "Dict(Any)", Font: "Str", StringScalar: "Str", AnyScalar: "Any",
};

type K = { constructor: { name: string }; [key: string]: unknown };

function kind_ts(k: K): string {
  switch (k.constructor.name) {
    case "Any": case "Unknown": case "Func": case "And": case "Node": return "Any";
    case "Bool": return "Bool";
    case "Float": return "Float";
    case "Int": return "Int";
    case "Percent": return "Percent";
    case "Str": case "PrefixedStr": case "CSSLength": return "Str";
    case "Regex": return `Pattern(${String(k.regex)})`;
    case "Null": return "Null";
    case "Bytes": return "Bytes";
    case "Color": return "Color";
    case "AnyRef": return "AnyRef";
    case "Nullable": return `Nullable(${kind_ts(k.base_type as K)})`;
    case "Opt": return kind_ts(k.base_type as K);
    case "Or": return `OneOf<unknown>(${(k.types as K[]).map(kind_ts).join(", ")})`;
    case "Tuple": return `Tuple(${(k.types as K[]).map(kind_ts).join(", ")})`;
    case "Struct": case "PartialStruct": {
      const fields = Object.entries(k.struct_type as Record<string, K>).map(([n, f]) => `${JSON.stringify(n)}: ${kind_ts(f)}`);
      return `Struct({ ${fields.join(", ")} }${k.constructor.name === "PartialStruct" ? ", true" : ""})`;
    }
    case "Iterable": case "Arrayable": return `Arrayable(${kind_ts(k.item_type as K)})`;
    case "List": return `List(${kind_ts(k.item_type as K)})`;
    case "NonEmptyList": return `NonEmptyList(${kind_ts(k.item_type as K)})`;
    case "Enum": return `Enum(${[...(k.values as Set<string>)].map((v) => JSON.stringify(v)).join(", ")})`;
    case "Dict": return `Dict(${kind_ts(k.item_type as K)})`;
    case "KeyVal": case "Mapping": return `MapKind(${kind_ts(k.key_type as K)}, ${kind_ts(k.item_type as K)})`;
    case "Set": return `SetKind(${kind_ts(k.item_type as K)})`;
    case "NonNegative": return `NonNegativeOf(${kind_ts(k.base_type as K)})`;
    case "Positive": return `PositiveOf(${kind_ts(k.base_type as K)})`;
    case "Ref":
      if ((k.obj_type as BkClass).prototype?.type === undefined) return (k.obj_type as { name: string }).name === "Date" ? "JsDate" : "Any";
      return `NamedRef(${JSON.stringify(((k.obj_type as BkClass).__qualified__ ?? (k.obj_type as BkClass).prototype.type))})`;
    default: throw new Error(`unknown BokehJS kind ${k.constructor.name}: ${String(k)}`);
  }
}

function prop_kind(def: BkPropDef): { ts: string; spec: boolean } {
  const t = def.type as unknown;
  if (typeof t === "function") {
    const n = (t as { name: string }).name;
    if (n in SPEC) return { ts: SPEC[n]!, spec: true };
    if (n in SCALAR) return { ts: SCALAR[n]!, spec: false };
    throw new Error(`unknown BokehJS property class ${n}`);
  }
  return { ts: kind_ts(t as K), spec: false };
}

let bk: BokehNode;

function bk_name(c: BkClass): string {
  return (c as { __qualified__?: string }).__qualified__ && [...bk.models.values()].includes(c) ? [...bk.models.entries()].find(([, v]) => v === c)![0] : c.prototype.type;
}

function is_model(v: unknown): v is { type: string; properties: Record<string, { get_value(): unknown; is_unset?: boolean }>; constructor: BkClass } {
  return typeof v === "object" && v !== null && "properties" in v && typeof (v as { type?: unknown }).type === "string";
}

/** A TS expression for a BokehJS default value, and whether it must be a factory. */
function value_ts(v: unknown, depth = 0): string {
  if (depth > 8) throw new Error("default too deep");
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : v === Infinity ? "Infinity" : v === -Infinity ? "-Infinity" : Object.is(v, -0) ? "0" : String(v);
  if (typeof v === "string" || typeof v === "boolean") return JSON.stringify(v);
  if (ArrayBuffer.isView(v)) return `new ${v.constructor.name}([${Array.from(v as unknown as ArrayLike<number>).join(", ")}])`;
  if (Array.isArray(v)) return `[${v.map((x) => value_ts(x, depth + 1)).join(", ")}]`;
  if (v instanceof Map) return `new Map<unknown, unknown>([${[...v].map(([a, b]) => `[${value_ts(a, depth + 1)}, ${value_ts(b, depth + 1)}]`).join(", ")}])`;
  if (v instanceof Set) return `new Set<unknown>([${[...v].map((x) => value_ts(x, depth + 1)).join(", ")}])`;
  if (is_model(v)) {
    const cls = v.constructor;
    const fresh = new (cls as unknown as new () => typeof v)();
    const attrs: string[] = [];
    for (const [n, def] of Object.entries(cls.prototype._props)) {
      if (def.options?.internal || !(n in v.properties)) continue;
      const a = safe_get(v, n), b = safe_get(fresh, n);
      if (a === undefined || same(a, b)) continue;
      attrs.push(`${n}: ${value_ts(a, depth + 1)}`);
    }
    return `make(${JSON.stringify(bk_name(cls))}${attrs.length ? `, { ${attrs.join(", ")} }` : ""})`;
  }
  if (typeof v === "object") return `{ ${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${JSON.stringify(k)}: ${value_ts(x, depth + 1)}`).join(", ")} }`;
  throw new Error(`cannot write default ${String(v)}`);
}

function safe_get(m: { properties: Record<string, { get_value(): unknown }> }, n: string): unknown {
  try { return m.properties[n]!.get_value(); } catch { return undefined; }
}

function same(a: unknown, b: unknown): boolean {
  if (is_model(a) || is_model(b)) return is_model(a) && is_model(b) && a.type === b.type && value_ts(a) === value_ts(b);
  try { return JSON.stringify(a) === JSON.stringify(b) && (typeof a !== "number" || Object.is(a, b) || a === b); } catch { return false; }
}

function default_value(def: BkPropDef): unknown {
  if (def.default_value === undefined) return undefined;
  try {
    const v = def.default_value();
    return typeof v === "symbol" ? undefined : v;
  } catch { return undefined; }
}

const is_spec_obj = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v) && ("value" in v || "field" in v || "expr" in v);

function prop_ts(name: string, def: BkPropDef): string {
  if (process.env.GEN_TRACE) process.stderr.write(`  ${name}\n`);
  const { ts, spec } = prop_kind(def);
  let v = default_value(def);
  if (v === undefined) return `  ${name}: p(${ts}, null as never),`;
  if (spec && !is_spec_obj(v)) v = { value: v };
  const lit = value_ts(v);
  const factory = typeof v === "object" && v !== null;
  return `  ${name}: p(${ts}, ${factory ? `() => (${lit}) as never` : lit}),`;
}

function serialized(c: BkClass): Map<string, BkPropDef> {
  const out = new Map<string, BkPropDef>();
  for (const [n, def] of Object.entries(c.prototype._props)) {
    if (def.options?.internal || (def.type as { constructor?: { name?: string } }).constructor?.name === "PropertyAlias") continue;
    out.set(n, def);
  }
  return out;
}

/** BokehJS's own Model class (unregistered), the root every registered class extends. */
function root_model(c: BkClass): BkClass {
  for (let p: BkClass | null = c; p !== null; p = Object.getPrototypeOf(p) as BkClass | null) if (p.prototype?.type === "Model" || p.name === "Model") return p;
  throw new Error(`no Model base for ${c.name}`);
}

function ts_ident(name: string): string {
  if (name.startsWith("bokeh.models.dom.")) {
    const short = name.slice("bokeh.models.dom.".length);
    return short.startsWith("DOM") ? short : `DOM${short}`;
  }
  return name;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const log = (m: string) => process.stderr.write(`[gen ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}\n`);
  bk = await load_bokehjs();
  log("BokehJS loaded");
  const { classes: hand } = await hand_written();
  log("Dash models loaded");
  const names = new Map<BkClass, string>();
  for (const [n, c] of bk.models) names.set(c, n);
  const parent = (c: BkClass): BkClass | null => {
    for (let p = Object.getPrototypeOf(c) as BkClass | null; p !== null && p !== Function.prototype; p = Object.getPrototypeOf(p)) if (names.has(p)) return p;
    return null;
  };
  // Bases first.
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (n: string): void => {
    if (seen.has(n)) return;
    seen.add(n);
    const p = parent(bk.models.get(n)!);
    if (p !== null) visit(names.get(p)!);
    order.push(n);
  };
  for (const n of [...bk.models.keys()].sort()) visit(n);

  const gen_lines: string[] = [];
  const extras_lines: string[] = [];
  const generated = new Set<string>();
  const added_by = new Map<string, Set<string>>(); // hand-written name -> props it gets from extras (own + chain)
  let abstract_count = 0;
  for (const n of order) {
    if (process.env.GEN_TRACE) log(n);
    const c = bk.models.get(n)!;
    const props = serialized(c);
    const p = parent(c);
    const pn = p === null ? "Model" : names.get(p)!;
    const h = hand.get(n);
    if (h !== undefined) {
      const chain_added = new Set<string>();
      for (let b = h.base, prev = n; b !== null && b !== prev && hand.has(b); prev = b, b = hand.get(b)!.base) for (const k of added_by.get(b) ?? []) chain_added.add(k);
      const missing = [...props.keys()].filter((k) => !h.props.has(k) && !chain_added.has(k));
      added_by.set(n, new Set([...chain_added, ...missing]));
      if (missing.length) extras_lines.push(`  ${JSON.stringify(n)}: {\n${missing.map((k) => "  " + prop_ts(k, props.get(k)!)).join("\n")}\n  },`);
      continue;
    }
    // Generated: everything BokehJS has that the base (as Dash declares it) lacks, or declares with another default.
    const base_props = p === null ? serialized(root_model(c)) : serialized(p);
    const base_dash = hand.get(pn);
    const own: string[] = [];
    for (const [k, def] of props) {
      const bdef = base_props.get(k);
      const in_base = bdef !== undefined && (base_dash === undefined || base_dash.props.has(k) || (added_by.get(pn)?.has(k) ?? false));
      if (in_base && same(default_value(def), default_value(bdef)) && prop_kind(def).ts === prop_kind(bdef).ts) continue;
      own.push(prop_ts(k, def));
    }
    const abstract = !(new Set(["bokeh.models.dom.Div"]).has(n)) && is_abstract(c);
    if (abstract) abstract_count++;
    const base_expr = pn === "Model" ? "HasProps" : ts_ident(pn);
    gen_lines.push(`export class ${ts_ident(n)} extends define(${JSON.stringify(n)}, ${base_expr}, {\n${own.join("\n")}\n}${abstract ? ", { abstract: true }" : ""}) {}`);
    generated.add(n);
  }
  // Imports of hand-written bases used by generated classes.
  const used = new Map<string, Set<string>>();
  for (const n of generated) {
    const p = parent(bk.models.get(n)!);
    const pn = p === null ? "Model" : names.get(p)!;
    const h = hand.get(pn);
    if (h !== undefined) {
      const set = used.get(h.path) ?? new Set<string>();
      set.add(h.export_name);
      used.set(h.path, set);
    }
  }
  const header = (what: string) => `// Generated by packages/protocol/scripts/gen_models.ts from BokehJS 3.10's metadata: ${what}. Do not edit; re-run the script.\n/* eslint-disable */\n`;
  const kinds_import = `import { p } from "../../core/model.ts";
import { Any, AnyPlain, Bool, Color, Dict, Enum, Int, List, MapKind, Nullable, Percent, SetKind, String as Str, Number as Num, Tuple } from "../../core/kinds.ts";
import { AngleSpec, ColorSpec, DistanceSpec, EnumSpec, NullNumberSpec, NullStringSpec, NumberSpec, StringSpec, ValueOnlySpec } from "../../core/specs.ts";
import { CoordinateSeqSpec, CoordinateSpec, MarkerSpec, NDArraySpec, OutlineShapeSpec, SizeSpec } from "../glyphs/kinds.ts";
import { DashPatternSpec, FontSizeSpec, FontSpec, LineCap, LineDash, LineJoin } from "../glyphs/mixins.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { TextAnchorSpec } from "./text_anchor.ts";
import { Arrayable, Bytes, Float, NamedRef, NonEmptyList, NonNegativeOf, Null, OneOf, Pattern, PositiveOf, Struct, JsDate, make } from "./kinds.ts";
`;
  const models_src = header("every BokehJS model type without a hand-written class") +
    `import { define, HasProps } from "../../core/model.ts";\n` + kinds_import +
    [...used].map(([path, set]) => `import { ${[...set].sort().join(", ")} } from "../${path}";`).join("\n") + "\n\n" +
    "void [Any, AnyPlain, Bool, Color, Dict, Enum, Int, List, MapKind, Nullable, Percent, SetKind, Str, Num, Tuple, AngleSpec, ColorSpec, DistanceSpec, EnumSpec, NullNumberSpec, NullStringSpec, NumberSpec, StringSpec, ValueOnlySpec, CoordinateSeqSpec, CoordinateSpec, MarkerSpec, NDArraySpec, OutlineShapeSpec, SizeSpec, DashPatternSpec, FontSizeSpec, FontSpec, LineCap, LineDash, LineJoin, AnyRef, TextAnchorSpec, Arrayable, Bytes, Float, NamedRef, NonEmptyList, NonNegativeOf, Null, OneOf, Pattern, PositiveOf, Struct, JsDate, make];\n\n" +
    gen_lines.join("\n\n") + "\n";
  const extras_src = header("the BokehJS attributes each hand-written class lacks") + kinds_import.replace(`import { AnyRef } from "../layouts/kinds.ts";\n`, `import { AnyRef } from "../layouts/kinds.ts";\n`) +
    "\nvoid [Any, AnyPlain, Bool, Color, Dict, Enum, Int, List, MapKind, Nullable, Percent, SetKind, Str, Num, Tuple, AngleSpec, ColorSpec, DistanceSpec, EnumSpec, NullNumberSpec, NullStringSpec, NumberSpec, StringSpec, ValueOnlySpec, CoordinateSeqSpec, CoordinateSpec, MarkerSpec, NDArraySpec, OutlineShapeSpec, SizeSpec, DashPatternSpec, FontSizeSpec, FontSpec, LineCap, LineDash, LineJoin, AnyRef, TextAnchorSpec, Arrayable, Bytes, Float, NamedRef, NonEmptyList, NonNegativeOf, Null, OneOf, Pattern, PositiveOf, Struct, JsDate, make];\n\n" +
    `export const extras = {\n${extras_lines.join("\n")}\n};\n`;
  const bases_lines = [...bk.models.keys()].sort().map((n) => {
    const chain: string[] = [];
    // The whole JS chain, unregistered bases too (e.g. Icon): references name those.
    for (let q = Object.getPrototypeOf(bk.models.get(n)!) as BkClass | null; q !== null && q.prototype !== undefined && q !== bk.HasProps; q = Object.getPrototypeOf(q) as BkClass | null) {
      const qn = names.get(q) ?? q.prototype.type ?? q.name;
      if (qn !== n && !chain.includes(qn)) chain.push(qn);
    }
    return `  ${JSON.stringify(n)}: ${JSON.stringify(chain)},`;
  });
  const bases_src = header("each BokehJS model type's base classes (registered or not), nearest first (Dash's hand-written classes may skip abstract bases; references and themes go by these)") +
    `export const bokeh_bases: Readonly<Record<string, readonly string[]>> = {\n${bases_lines.join("\n")}\n};\n`;
  const files: Array<[string, string]> = [[join(out_dir, "bases.gen.ts"), bases_src], [join(out_dir, "models.gen.ts"), models_src], [join(out_dir, "extras.gen.ts"), extras_src]];
  let stale = false;
  for (const [file, src] of files) {
    let cur = "";
    try { cur = readFileSync(file, "utf8"); } catch { /* missing */ }
    if (cur === src) continue;
    stale = true;
    if (!check) writeFileSync(file, src);
  }
  console.log(`${bk.models.size} BokehJS model types: ${hand.size} hand-written classes (${[...hand.keys()].filter((n) => bk.models.has(n)).length} of them BokehJS types), ${generated.size} generated (${abstract_count} abstract), ${extras_lines.length} hand-written classes extended`);
  if (check && stale) {
    console.error("generated model files are stale: run npx tsx packages/protocol/scripts/gen_models.ts");
    process.exitCode = 1;
  }
  bk.dispose();
}

/** BokehJS marks no class abstract at runtime; a class is abstract when `new` refuses or its .d.ts says `abstract class`. */
const dts_cache = new Map<string, string>();
function is_abstract(c: BkClass): boolean {
  const name = c.name;
  return abstract_names().has(name);
}
let abstract_set: Set<string> | null = null;
function abstract_names(): Set<string> {
  if (abstract_set !== null) return abstract_set;
  abstract_set = new Set();
  const root = join(here, "..", "..", "..", "node_modules", "@bokeh", "bokehjs", "build", "js", "lib", "models");
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const f = join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (e.name.endsWith(".d.ts")) {
        const src = dts_cache.get(f) ?? readFileSync(f, "utf8");
        for (const m of src.matchAll(/export declare abstract class (\w+)/g)) abstract_set!.add(m[1]!);
      }
    }
  };
  walk(root);
  return abstract_set;
}
import { readdirSync } from "node:fs";

main().then(() => process.exit(process.exitCode ?? 0), (e) => { console.error(e); process.exit(1); });
