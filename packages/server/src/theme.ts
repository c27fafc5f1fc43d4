/**
 * Bokeh's `Theme(filename=..., json=...)` for apps and the server: the protocol's Theme, plus
 * reading a theme file (YAML or JSON), e.g. a directory app's theme.yaml.
 */
import { readFileSync } from "node:fs";
import { Theme as ProtocolTheme, type ThemeSource } from "@dash/protocol";

export class Theme extends ProtocolTheme {
  constructor(source: ThemeSource | { filename: string }) {
    super(typeof source === "object" && "filename" in source ? readFileSync(source.filename, "utf8") : source);
  }
}
