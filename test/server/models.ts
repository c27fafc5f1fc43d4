/** Tiny test-only models (the real widgets live in @dash/protocol's models). */
import { HasProps, Model, define, kinds, p } from "@dash/protocol";

export class Knob extends define("DashTestKnob", HasProps, {
  value: p(kinds.Number, 0),
  label: p(kinds.String, ""),
  target: p(kinds.Nullable(kinds.Ref(() => Model)), null),
}) {}

/** Attributes with a fixed model id (the constructors accept `id`; their attribute types do not list it). */
export function ided<A extends object>(id: string, attrs: A): A {
  return { ...attrs, id } as A;
}
