/** BokehJS's policies/labeling: which tick labels an axis draws. */
import { define, p, HasProps } from "../../core/model.ts";
import { Number as Num } from "../../core/kinds.ts";

export class LabelingPolicy extends define("LabelingPolicy", HasProps, {}, { abstract: true }) {}
export class AllLabels extends define("AllLabels", LabelingPolicy, {}) {}
export class NoOverlap extends define("NoOverlap", LabelingPolicy, {
  min_distance: p(Num, 5),
}) {}
