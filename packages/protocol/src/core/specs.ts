/**
 * Data specs ({field} / {value} / {expr}, optional transform and units) and column data.
 * Inputs are normalised on set: a bare value becomes {value}, a column name becomes {field}.
 */
import { type Kind, Invalid, is_plain_object, is_typed_array, type TypedArray, is_color_string, Color, type ColorValue } from "./kinds.ts";
import { Model } from "./model.ts";

export interface FieldSpec { field: string; transform?: Model; units?: string }
export interface ValueSpec<T> { value: T; transform?: Model; units?: string }
export interface ExprSpec { expr: Model; transform?: Model; units?: string }
export type Spec<T> = FieldSpec | ValueSpec<T> | ExprSpec;
/** What a spec property accepts: a value, a column name, or an explicit spec. */
export type SpecInput<T> = T | string | Spec<T>;

const spec_objects = new WeakSet<object>();
/** Spec objects are marked so the serializer writes them as field/value/expr reps, not maps. */
export function is_spec(v: unknown): v is Spec<unknown> {
  return typeof v === "object" && v !== null && spec_objects.has(v);
}
function mark<T extends object>(o: T): T {
  spec_objects.add(o);
  return o;
}

export function is_field(v: unknown): v is FieldSpec {
  return is_plain_object(v) && typeof v.field === "string";
}
export function is_value(v: unknown): v is ValueSpec<unknown> {
  return is_plain_object(v) && "value" in v;
}

function extras(o: Record<string, unknown>): { transform?: Model; units?: string } | Invalid {
  const out: { transform?: Model; units?: string } = {};
  for (const key of Object.keys(o)) {
    if (key !== "field" && key !== "value" && key !== "expr" && key !== "transform" && key !== "units") return Invalid;
  }
  if (o.transform !== undefined && o.transform !== null) {
    if (!(o.transform instanceof Model)) return Invalid;
    out.transform = o.transform;
  }
  if (o.units !== undefined && o.units !== null) {
    if (typeof o.units !== "string") return Invalid;
    out.units = o.units;
  }
  return out;
}

/**
 * @param value_kind what {value} holds
 * @param string_is_value when a bare string is a value rather than a field name (colors, enums)
 */
export function DataSpec<T>(name: string, value_kind: Kind<T>, string_is_value?: (s: string) => boolean): Kind<SpecInput<T>> {
  return {
    name,
    refs: true,
    coerce(v: unknown): Spec<T> | Invalid {
      if (typeof v === "string" && !(string_is_value?.(v) ?? false)) return mark({ field: v });
      if (is_plain_object(v)) {
        const ex = extras(v);
        if (ex === Invalid) return Invalid;
        if (typeof v.field === "string") return mark({ field: v.field, ...ex });
        if ("value" in v) {
          const r = value_kind.coerce(v.value);
          return r === Invalid ? Invalid : mark({ value: r, ...ex });
        }
        if (v.expr instanceof Model) return mark({ expr: v.expr, ...ex });
        return Invalid;
      }
      const r = value_kind.coerce(v);
      return r === Invalid ? Invalid : mark({ value: r });
    },
  };
}

const num: Kind<number> = { name: "Number", refs: false, coerce: (v) => (typeof v === "number" ? v : Invalid) };
const nullable_num: Kind<number | null> = { name: "Nullable(Number)", refs: false, coerce: (v) => (typeof v === "number" || v === null ? v : Invalid) };
const str: Kind<string> = { name: "String", refs: false, coerce: (v) => (typeof v === "string" ? v : Invalid) };
const nullable_str: Kind<string | null> = { name: "Nullable(String)", refs: false, coerce: (v) => (typeof v === "string" || v === null ? v : Invalid) };
const nullable_color: Kind<ColorValue | null> = { name: "Nullable(Color)", refs: false, coerce: (v) => (v === null ? null : Color.coerce(v)) };

export const NumberSpec = DataSpec<number>("NumberSpec", num);
export const NullNumberSpec = DataSpec<number | null>("NullNumberSpec", nullable_num);
export const DistanceSpec = DataSpec<number>("DistanceSpec", num);
export const AngleSpec = DataSpec<number>("AngleSpec", num);
export const StringSpec = DataSpec<string>("StringSpec", str);
/** Text: a bare string is a field name, as in Bokeh. */
export const NullStringSpec = DataSpec<string | null>("NullStringSpec", nullable_str);
export const ColorSpec = DataSpec<ColorValue | null>("ColorSpec", nullable_color, is_color_string);
export const AlphaSpec = DataSpec<number>("AlphaSpec", num);
export function EnumSpec<const V extends readonly string[]>(name: string, ...values: V): Kind<SpecInput<V[number]>> {
  const set = new Set<string>(values);
  const k: Kind<V[number]> = { name: `Enum(${values.join(", ")})`, refs: false, coerce: (v) => (typeof v === "string" && set.has(v) ? v : Invalid) };
  return DataSpec(name, k, (s) => set.has(s));
}
/** A value-only spec (e.g. line_dash): bare values are values; {field} still allowed. */
export function ValueOnlySpec<T>(name: string, k: Kind<T>): Kind<SpecInput<T>> {
  return DataSpec(name, k, () => true);
}

// ---- column data ---------------------------------------------------------------

export type ColumnArray = TypedArray | unknown[];
export type ColumnData = Record<string, ColumnArray>;

/**
 * Numeric JS arrays become Float64Array so columns travel as binary buffers and
 * streams can append into spare capacity.
 */
export function to_column(v: unknown): ColumnArray | Invalid {
  if (is_typed_array(v)) return v;
  if (!Array.isArray(v)) return Invalid;
  if (v.length > 0 && v.every((x) => typeof x === "number")) return Float64Array.from(v as number[]);
  return v;
}

export const ColumnDataKind: Kind<ColumnData> = {
  name: "ColumnData(String, Seq(Any))",
  refs: false,
  coerce(v) {
    const entries = v instanceof Map ? [...v.entries()] : is_plain_object(v) ? Object.entries(v) : null;
    if (entries === null) return Invalid;
    // Column names come from apps and the wire: "__proto__" must be an ordinary key.
    const out: ColumnData = Object.create(null);
    for (const [k, col] of entries) {
      if (typeof k !== "string") return Invalid;
      const c = to_column(col);
      if (c === Invalid) return Invalid;
      out[k] = c;
    }
    return out;
  },
};

export function column_length(c: ColumnArray): number {
  return c.length;
}
