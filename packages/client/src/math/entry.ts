/**
 * The math chunk (dist/dash-math.js, global `DashMath`): TeX and MathML to SVG with MathJax, as
 * BokehJS renders math text. Built beside the client bundle and loaded by the page only when a
 * document shows math (views/plot/math_text.ts), since MathJax's SVG fonts weigh ~1.6 MB.
 * The SVG carries its glyphs as paths (fontCache "none"), so it needs no font files.
 */
import { mathjax } from "mathjax-full/js/mathjax.js";
import { TeX } from "mathjax-full/js/input/tex.js";
import { MathML } from "mathjax-full/js/input/mathml.js";
import { SVG } from "mathjax-full/js/output/svg.js";
import { liteAdaptor } from "mathjax-full/js/adaptors/liteAdaptor.js";
import { RegisterHTMLHandler } from "mathjax-full/js/handlers/html.js";
import "mathjax-full/js/input/tex/base/BaseConfiguration.js";
import "mathjax-full/js/input/tex/ams/AmsConfiguration.js";
import "mathjax-full/js/input/tex/newcommand/NewcommandConfiguration.js";
import "mathjax-full/js/input/tex/noundefined/NoUndefinedConfiguration.js";
import "mathjax-full/js/input/tex/textmacros/TextMacrosConfiguration.js";
import type { MathApi } from "../format/math_api.ts";

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const svg = new SVG({ fontCache: "none" });
const tex_doc = mathjax.document("", { InputJax: new TeX({ packages: ["base", "ams", "newcommand", "noundefined", "textmacros"] }), OutputJax: svg });
const mathml_doc = mathjax.document("", { InputJax: new MathML({}), OutputJax: svg });

// BokehJS's defaults (models/text/mathjax): display math, 16 px em, 8 px ex
const OPTIONS = { display: true, em: 16, ex: 8, containerWidth: 80 * 16 };

function svg_of(node: unknown): string {
  const container = node as Parameters<typeof adaptor.firstChild>[0];
  return adaptor.outerHTML(adaptor.firstChild(container) as typeof container);
}

export const api: MathApi = {
  tex2svg: (tex) => svg_of(tex_doc.convert(tex, OPTIONS)),
  mathml2svg: (mathml) => svg_of(mathml_doc.convert(mathml, OPTIONS)),
};
(globalThis as { DashMath?: MathApi }).DashMath = api;
