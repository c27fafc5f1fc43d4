/**
 * A directory app's `templates/index.html`, rendered with nunjucks (Jinja2 syntax) and given
 * Bokeh's template variables (bokeh/core/templates.py, FILE): `title`, `bokeh_css`,
 * `bokeh_js`, `plot_div`, `plot_script`, `roots` (by name and by index), `docs`, `doc`, the
 * `embed(root)` function and `base` — a base page with Bokeh's block names (head, inner_head,
 * title, preamble, resources, css_resources, js_resources, postamble, body, inner_body,
 * contents), so `{% extends base %}` templates written for `bokeh serve` work unchanged.
 * As in Bokeh's Jinja2 environment, nothing is auto-escaped.
 *
 * Dash's client draws the whole document into one element: `embed(root)` places that element
 * at the first root embedded (later calls place nothing). With BokehJS each root goes where
 * its `embed(root)` is, as in Bokeh.
 */
import nunjucks from "nunjucks";
import type { Model } from "@dash/protocol";

const BASE = `<!DOCTYPE html>
<html lang="en">
{% block head %}
<head>
{% block inner_head %}
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>{% block title %}{{ title if title else "Bokeh Plot" }}{% endblock %}</title>
{% block preamble %}{% endblock %}
{% block resources %}
  <style>html, body { box-sizing: border-box; display: flow-root; height: 100%; margin: 0; padding: 0; }</style>
{% block css_resources %}{{ bokeh_css }}{% endblock %}
{% block js_resources %}{{ bokeh_js }}{% endblock %}
{% endblock %}
{% block postamble %}{% endblock %}
{% endblock %}
</head>
{% endblock %}
{% block body %}
<body>
{% block inner_body %}
{% block contents %}
{% for d in docs %}{% for root in d.roots %}{{ embed(root) }}
{% endfor %}{% endfor %}
{% endblock %}
{{ plot_script }}
{% endblock %}
</body>
{% endblock %}
</html>
`;

const BASE_NAME = "__bokeh_base__.html";

/** The page pieces for one request: the client's script tags, and its element(s). */
export interface TemplatePage {
  readonly title: string;
  readonly js: string;
  readonly script: string;
  readonly roots: readonly Model[];
  /** Dash's client: one element for the whole document. */
  readonly whole?: string;
  /** BokehJS: one element per root id. */
  readonly divs?: ReadonlyMap<string, string>;
}

/** A root as templates see it (`roots.x`, `embed(root)`). */
interface RootRef {
  readonly id: string;
  readonly name: string | null;
  readonly elementid: string | null;
}

/** Serves the base page under BASE_NAME; everything else comes from the app's templates/. */
const base_loader: nunjucks.ILoader = {
  getSource: (name: string) => (name === BASE_NAME ? { src: BASE, path: BASE_NAME, noCache: false } : null) as nunjucks.LoaderSource,
};

const envs = new Map<string, nunjucks.Environment>();

function env_for(dir: string): nunjucks.Environment {
  let env = envs.get(dir);
  if (env === undefined) {
    env = new nunjucks.Environment([base_loader, new nunjucks.FileSystemLoader(dir)], {
      autoescape: false,
      trimBlocks: true,
      lstripBlocks: true,
    });
    envs.set(dir, env);
  }
  return env;
}

/** Render `file` (templates/index.html) for one page request. */
export function render_app_template(templates_dir: string, file: string, page: TemplatePage): string {
  const refs: RootRef[] = page.roots.map((r) => ({ id: r.id, name: (r._v.name as string | null | undefined) ?? null, elementid: null }));
  const roots: Record<string, RootRef> = {};
  refs.forEach((r, i) => {
    roots[String(i)] = r;
    if (r.name !== null) roots[r.name] = r;
  });
  let whole_placed = false;
  const div_for_all = (): string => {
    if (page.whole !== undefined) return page.whole;
    return [...(page.divs?.values() ?? [])].join("\n");
  };
  const embed = (root: unknown): string => {
    if (page.whole !== undefined) {
      if (whole_placed) return "";
      whole_placed = true;
      return page.whole;
    }
    const id = root !== null && typeof root === "object" && typeof (root as RootRef).id === "string" ? (root as RootRef).id : null;
    if (id === null) throw new Error("embed() expects a root, e.g. embed(roots.my_plot)");
    const div = page.divs?.get(id);
    if (div === undefined) throw new Error(`embed(): no root with id ${id} in this document`);
    return div;
  };
  const context = {
    title: page.title,
    bokeh_css: "",
    bokeh_js: page.js,
    plot_div: div_for_all(),
    plot_script: page.script,
    roots,
    docs: [{ roots: refs, elementid: null }],
    doc: { roots: refs, title: page.title },
    embed,
    base: BASE_NAME,
  };
  return env_for(templates_dir).render(file, context);
}
