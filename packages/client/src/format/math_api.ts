/** What the lazily loaded math chunk (src/math/entry.ts, global `DashMath`) offers the views. */
export interface MathApi {
  /** A TeX formula as a standalone SVG element's markup (sizes in ex). */
  tex2svg(tex: string): string;
  /** MathML markup as SVG markup. */
  mathml2svg(mathml: string): string;
}
