/**
 * Kinds the UI models need that the core does not provide (Bokeh's PartialStruct, AnyRef,
 * `Auto`), plus the shared enums of BokehJS's core/enums used by layouts and widgets.
 */
import { type Kind, Invalid, Enum, Ref, is_plain_object } from "../../core/kinds.ts";
import { Model, p, type PropDef } from "../../core/model.ts";

/** Any model (BokehJS's AnyRef / Ref of a model Dash does not implement). */
export const AnyRef: Kind<Model> = Ref(() => Model, "Model");

/** Bokeh's `Auto`. */
export const Auto = Enum("auto");

type Fields = Record<string, Kind<unknown>>;
type PartialOf<F extends Fields> = { [K in keyof F]?: F[K] extends Kind<infer T> ? T : never };

/** BokehJS's PartialStruct: a plain object whose keys are a subset of the given fields. */
export function PartialStruct<const F extends Fields>(fields: F): Kind<PartialOf<F>> {
  const name = `PartialStruct({${Object.entries(fields).map(([k, v]) => `${k}: ${v.name}`).join(", ")}})`;
  const refs = Object.values(fields).some((k) => k.refs);
  return {
    name,
    refs,
    coerce(v: unknown): PartialOf<F> | typeof Invalid {
      if (!is_plain_object(v)) return Invalid;
      const out: Record<string, unknown> = {};
      for (const [key, val] of Object.entries(v)) {
        const k = fields[key];
        if (k === undefined) return Invalid;
        if (val === undefined) continue;
        const r = k.coerce(val);
        if (r === Invalid) return Invalid;
        out[key] = r;
      }
      return out as PartialOf<F>;
    },
  };
}

/** BokehJS's Struct: a plain object with exactly the given fields. */
export function Struct<const F extends Fields>(fields: F): Kind<{ [K in keyof F]: F[K] extends Kind<infer T> ? T : never }> {
  const partial = PartialStruct(fields);
  return {
    name: partial.name.replace(/^Partial/, ""),
    refs: partial.refs,
    coerce(v: unknown) {
      const r = partial.coerce(v);
      if (r === Invalid) return Invalid;
      for (const key of Object.keys(fields)) if (!(key in r)) return Invalid;
      return r as { [K in keyof F]: F[K] extends Kind<infer T> ? T : never };
    },
  };
}

// core/enums.js
export const Align = Enum("start", "center", "end");
export const Dimensions = Enum("width", "height", "both");
export const FlowMode = Enum("block", "inline");
export const Location = Enum("above", "below", "left", "right");
export const SizingMode = Enum("stretch_width", "stretch_height", "stretch_both", "scale_width", "scale_height", "scale_both", "fixed", "inherit");
export const SizingPolicy = Enum("fixed", "fit", "min", "max");
export const ButtonType = Enum("default", "primary", "success", "warning", "danger", "light");
export const CalendarPosition = Enum("auto", "above", "below");
export const Orientation = Enum("vertical", "horizontal");

/**
 * A property BokehJS declares without a default (unset until given, e.g. Slider.start).
 * The placeholder is produced by a factory, so a value given explicitly is always
 * serialised (even when it equals the placeholder) and an unset one never is.
 */
export function required<T>(kind: Kind<T>, placeholder: () => NoInfer<T>): PropDef<T> {
  return p(kind, placeholder);
}

/** A time as ms since epoch (BokehJS's Float for DateSlider): numbers, or Dates converted to ms. */
export const TimestampMs: Kind<number> = {
  name: "Datetime(ms)",
  refs: false,
  coerce: (v) => (typeof v === "number" ? v : v instanceof Date && !isNaN(v.getTime()) ? v.getTime() : Invalid),
};

function iso_date(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** BokehJS's DateLike (`Or(Ref(Date), Str, Float)`): a Date is stored as its ISO date "YYYY-MM-DD". */
export const DateLike: Kind<string | number> = {
  name: "DateLike",
  refs: false,
  coerce: (v) =>
    typeof v === "string" || typeof v === "number" ? v : v instanceof Date && !isNaN(v.getTime()) ? iso_date(v) : Invalid,
};

export const FontStyle = Enum("normal", "italic", "bold", "bold italic");
export const TextAlign = Enum("left", "right", "center");
export const RoundingFunction = Enum("round", "nearest", "floor", "rounddown", "ceil", "roundup");
export const Sort = Enum("ascending", "descending");
