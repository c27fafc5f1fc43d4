import { define, p, HasProps } from "../../core/model.ts";
import { List } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";

export class Glyph extends define("Glyph", HasProps, {
  decorations: p(List(AnyRef), () => []),
}, { abstract: true }) {}
