/** The selection/zoom overlays BokehJS's tools make by default. */
import { BoxAnnotation } from "../annotations/box_annotation.ts";
import { PolyAnnotation } from "../annotations/poly_annotation.ts";

export function default_box_overlay(units: "canvas" | "data", editable: boolean): BoxAnnotation {
  return new BoxAnnotation({
    syncable: false, level: "overlay", visible: false, editable,
    left: NaN, right: NaN, top: NaN, bottom: NaN,
    top_units: units, left_units: units, bottom_units: units, right_units: units,
    fill_color: "lightgrey", fill_alpha: 0.5, line_color: "black", line_alpha: 1.0, line_width: 2, line_dash: [4, 4],
  });
}

export function default_poly_overlay(): PolyAnnotation {
  return new PolyAnnotation({
    syncable: false, level: "overlay", visible: false, editable: true, xs_units: "data", ys_units: "data",
    fill_color: "lightgrey", fill_alpha: 0.5, line_color: "black", line_alpha: 1.0, line_width: 2, line_dash: [4, 4],
  });
}
