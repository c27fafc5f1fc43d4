/** BokehJS's TextAnchorSpec (an anchor name, a pair of alignments, or "auto"), for the generated catalog. */
import { DataSpec } from "../../core/specs.ts";
import { TextAnchor } from "../renderers/kinds.ts";

export const TextAnchorSpec = DataSpec("TextAnchorSpec", TextAnchor, (s) => TextAnchor.coerce(s) === s);
