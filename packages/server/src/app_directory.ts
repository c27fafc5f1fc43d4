/**
 * Directory apps, as `bokeh serve myapp/` has them:
 *
 *   myapp/main.ts                the app (default export, lifecycle hooks)
 *   myapp/templates/index.html   optional page template (Jinja2 syntax, rendered by nunjucks; app_template.ts)
 *   myapp/static/                optional files served at /<app>/static/...
 *   myapp/theme.yaml             optional theme applied to every session's document
 *
 * The theme is Bokeh's `Theme(filename=...)` (theme.ts), set as each session document's theme
 * before the app runs, so themed values replace the defaults of what the app does not set.
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { DashError, ErrorCode } from "@dash/protocol";
import { Theme } from "./theme.ts";

export interface AppDirectory {
  readonly path: string;
  /** templates/index.html, when there is one. */
  readonly template: string | null;
  /** static/, when there is one. */
  readonly static_dir: string | null;
  readonly theme: Theme | null;
}

function is_dir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** A theme file read at load time, so a broken one stops `dash serve` (DASH_ERR_APP_LOAD naming the file). */
function read_theme(file: string): Theme {
  try {
    return new Theme({ filename: file });
  } catch (e) {
    throw new DashError(ErrorCode.APP_LOAD, `${file}: ${e instanceof Error ? e.message : String(e)}`, { path: file });
  }
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
    theme: theme_file === undefined ? null : read_theme(theme_file),
  };
}
