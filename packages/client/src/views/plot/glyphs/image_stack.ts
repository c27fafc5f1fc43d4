// ImageStack: a 3D array (ny, nx, nstack) coloured per pixel by a StackColorMapper
// (WeightedStackColorMapper: layer colours mixed by weight, alpha from the total).
import { ImageView, image_extent, type Img } from "./image.ts";
import { weighted_stack_rgba, stack_mix } from "../stack_color_mapper.ts";
import type { GlyphArgs } from "./base.ts";
import { shape_of as nd_shape } from "@dash/protocol";
import { is_typed_array } from "../../../state/snapshot.ts";
import type { GlyphDecl } from "./registry.ts";

/** [nx, ny, nstack, values] of a stacked image: a shaped typed array or nested JS arrays [[[...]]]. */
export function stack_shape(v: unknown): [number, number, number, ArrayLike<number>] | null {
  if (is_typed_array(v)) {
    const shape = nd_shape(v);
    return shape.length === 3 ? [shape[1]!, shape[0]!, shape[2]!, v] : null;
  }
  if (Array.isArray(v) && Array.isArray(v[0]) && Array.isArray(v[0][0])) {
    const ny = v.length, nx = (v[0] as unknown[]).length, ns = (v[0][0] as unknown[]).length;
    const flat = new Float64Array(nx * ny * ns);
    for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) for (let k = 0; k < ns; k++) flat[(j * nx + i) * ns + k] = Number(((v[j] as unknown[][])[i] as unknown[])[k]);
    return [nx, ny, ns, flat];
  }
  return null;
}

export class ImageStackView extends ImageView {
  protected override rasterize(v: unknown): Img | null {
    const shaped = stack_shape(v);
    const mapper = this.args.r.ref(this.glyph, "color_mapper");
    if (shaped == null || mapper == null) return null;
    const [w, h, nstack, values] = shaped;
    return { w, h, pixels: weighted_stack_rgba(values, nstack, stack_mix(mapper, this.args.r)) };
  }
}

export const glyphs: readonly GlyphDecl[] = [
  { type: "ImageStack", view: (a: GlyphArgs) => new ImageStackView(a), extent: image_extent, visuals: [] },
];
