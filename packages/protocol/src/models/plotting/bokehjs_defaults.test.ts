/**
 * Every model type BokehJS 3.10 registers is declared in Dash (abstract bases and
 * bokeh.models.dom.* included), with the same serialized attributes and the same defaults.
 * BokehJS's own classes are loaded in Node (packages/protocol/scripts/bokehjs_node.ts).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { Model, model_class, type ModelClass } from "../../core/model.ts";
import { is_plain_object } from "../../core/kinds.ts";
import { bokeh_bases } from "../index.ts";
import { load_bokehjs, type BokehNode } from "../../../scripts/bokehjs_node.ts";

interface BkProp { type: { toString(): string; constructor?: { name?: string } }; default_value: (() => unknown) | undefined; options?: { internal?: boolean } }
interface BkModel { type: string; properties: unknown }

let bk: BokehNode;

beforeAll(async () => {
  bk = await load_bokehjs();
}, 300_000);

afterAll(() => bk?.dispose());

function is_bk_model(v: unknown): v is BkModel {
  return typeof v === "object" && v !== null && "properties" in v && typeof (v as BkModel).type === "string";
}

/** Comparable form: models by type name, maps/sets as entries, spec objects as plain objects. */
function norm(v: unknown): unknown {
  if (v instanceof Model) return `<${v.type}>`;
  if (is_bk_model(v)) return `<${v.type}>`;
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return Array.from(v as ArrayLike<unknown>, norm);
  if (v instanceof Map) return { map: [...v].map(([k, x]) => [norm(k), norm(x)]) };
  if (v instanceof Set) return { set: [...v].map(norm) };
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
  return v;
}

const is_spec_obj = (v: unknown) => is_plain_object(v) && ("value" in v || "field" in v || "expr" in v);

function our_default(cls: ModelClass, name: string): unknown {
  const def = cls.__props__.get(name)!.def;
  return def.factory ? (def.default as () => unknown)() : def.default;
}

const NAMES = Object.keys(bokeh_bases).sort();

describe("every BokehJS 3.10 model type is declared in Dash with BokehJS's attributes and defaults", () => {
  it("BokehJS registers 406 model types and Dash declares every one", () => {
    expect(bk.models.size).toBe(406);
    expect(new Set(bk.models.keys())).toEqual(new Set(NAMES));
    const missing = NAMES.filter((n) => model_class(n) === undefined);
    expect(missing).toEqual([]);
  });

  for (const name of NAMES) {
    it(`${name}: the same attribute names as BokehJS, with the same defaults`, () => {
      const cls = model_class(name) as ModelClass;
      const bcls = bk.models.get(name)! as unknown as { prototype: { _props: Record<string, BkProp> } };
      const props = bcls.prototype._props;
      const problems: string[] = [];
      const theirs_names = Object.entries(props).filter(([, bp]) => !bp.options?.internal && bp.type.constructor?.name !== "PropertyAlias").map(([n]) => n);
      for (const n of theirs_names) if (!cls.__props__.has(n)) problems.push(`${n}: missing in Dash`);
      for (const n of cls.__props__.keys()) {
        const bp = props[n];
        if (bp === undefined || bp.options?.internal) {
          problems.push(`${n}: not a BokehJS attribute`);
          continue;
        }
        let theirs: unknown;
        try {
          theirs = bp.default_value?.();
        } catch {
          theirs = undefined;
        }
        if (theirs === undefined || typeof theirs === "symbol") continue; // unset in BokehJS: required, or computed by the client
        const ours = our_default(cls, n);
        const is_spec = cls.__props__.get(n)!.def.kind.name.endsWith("Spec");
        let t: unknown = theirs;
        if (is_spec && !is_spec_obj(t) && (t !== null || is_spec_obj(ours))) t = { value: t };
        if (!is_spec && is_spec_obj(t) && !is_spec_obj(ours)) t = (t as { value: unknown }).value;
        const a = norm(ours), b = norm(t);
        if (JSON.stringify(a) !== JSON.stringify(b) && !(Number.isNaN(a) && Number.isNaN(b))) problems.push(`${n}: ours ${JSON.stringify(a)}, BokehJS ${JSON.stringify(b)}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
