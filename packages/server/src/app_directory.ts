/**
 * Directory apps, as `bokeh serve myapp/` has them:
 *
 *   myapp/main.ts                the app (default export, lifecycle hooks)
 *   myapp/templates/index.html   optional page template (Jinja2 syntax, rendered by nunjucks; app_template.ts)
 *   myapp/static/                optional files served at /<app>/static/...
 *   myapp/theme.yaml             optional theme applied to every session's document
 *
 * The theme is loaded with the `yaml` package and applied by `apply_theme` below, a small
 * stand-in for the protocol's `Theme` (being written separately): when that lands, switch
 * `load_theme`/`apply_theme` to it; nothing else here depends on the theme's shape.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse as parse_yaml } from "yaml";
import { DashError, ErrorCode, Model, type Document, type ModelClass } from "@dash/protocol";

/** Bokeh's theme JSON: `{attrs: {ModelName: {attr: value}}}` (plus line_defaults etc., not used). */
export interface ThemeJson {
  readonly attrs: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export interface AppDirectory {
  readonly path: string;
  /** templates/index.html, when there is one. */
  readonly template: string | null;
  /** static/, when there is one. */
  readonly static_dir: string | null;
  readonly theme: ThemeJson | null;
}

function is_dir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

function is_object(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Parse and check a theme (YAML or JSON text); throws DASH_ERR_APP_LOAD naming the file. */
export function load_theme(text: string, where: string): ThemeJson {
  let doc: unknown;
  try {
    doc = parse_yaml(text);
  } catch (e) {
    throw new DashError(ErrorCode.APP_LOAD, `${where}: not valid YAML: ${e instanceof Error ? e.message : String(e)}`, { path: where });
  }
  if (doc == null) return { attrs: {} };
  if (!is_object(doc)) throw new DashError(ErrorCode.APP_LOAD, `${where}: a theme is a mapping with an 'attrs' key`, { path: where });
  const attrs = doc.attrs ?? {};
  if (!is_object(attrs)) throw new DashError(ErrorCode.APP_LOAD, `${where}: 'attrs' must map model names to attribute mappings`, { path: where });
  const out: Record<string, Record<string, unknown>> = Object.create(null);
  for (const [name, values] of Object.entries(attrs)) {
    if (!is_object(values)) throw new DashError(ErrorCode.APP_LOAD, `${where}: attrs.${name} must be a mapping of attribute names to values`, { path: where });
    out[name] = { ...values };
  }
  return { attrs: out };
}

/** What a directory holds besides main.ts. */
export function read_app_directory(dir: string): AppDirectory {
  const path = resolve(dir);
  const template = join(path, "templates", "index.html");
  const static_dir = join(path, "static");
  const theme_file = [join(path, "theme.yaml"), join(path, "theme.yml")].find((f) => existsSync(f));
  return {
    path,
    template: existsSync(template) ? template : null,
    static_dir: is_dir(static_dir) ? static_dir : null,
    theme: theme_file === undefined ? null : load_theme(readFileSync(theme_file, "utf8"), theme_file),
  };
}

/** Bokeh names of a model's class chain, base first (Model, ..., Plot, Figure). */
function class_chain(m: Model): string[] {
  const names: string[] = [];
  let c: unknown = m.constructor;
  while (typeof c === "function" && (c === Model || c.prototype instanceof Model)) {
    const name = (c as ModelClass).__name__;
    if (names[0] !== name) names.unshift(name); // `class X extends define("X", ...)` is two classes named X
    if (c === Model) break;
    c = Object.getPrototypeOf(c);
  }
  // Figure registers under its own name on Plot's table: its `type` is the most derived name.
  if (names[names.length - 1] !== m.type) names.push(m.type);
  return names;
}

/**
 * Apply a theme as Bokeh does: a themed value replaces the default of every attribute the app
 * did not set itself; for a model, the most derived class named in the theme wins. Returns
 * how many values it set.
 */
export function apply_theme(models: Iterable<Model>, theme: ThemeJson, where = "theme"): number {
  let n = 0;
  for (const m of models) {
    const values: Record<string, unknown> = {};
    for (const name of class_chain(m)) {
      const attrs = theme.attrs[name];
      if (attrs !== undefined) Object.assign(values, attrs);
    }
    const todo: Record<string, unknown> = {};
    for (const [attr, value] of Object.entries(values)) if (!m._set.has(attr)) todo[attr] = value;
    if (Object.keys(todo).length === 0) continue;
    try {
      m.setv(todo);
    } catch (e) {
      throw new DashError(ErrorCode.APP_LOAD, `${where}: ${e instanceof Error ? e.message : String(e)}`, { path: where });
    }
    n += Object.keys(todo).length;
  }
  return n;
}

/** Theme a session's document: everything the app built, then models it adds later (in the batch after). */
export function theme_document(doc: Document, theme: ThemeJson, where: string): void {
  apply_theme(doc.models.values(), theme, where);
  doc.on_batch((batch) => {
    if (batch.new_models.size > 0) apply_theme(batch.new_models, theme, where);
  });
}
