// Module resolve hook for app files:
// - `@dash/server` and `@dash/protocol` always resolve to this checkout, so an app file
//   anywhere on disk can import them without node_modules, and it shares the server's
//   module instances (one model registry, one Document class);
// - TypeScript files outside node_modules load as ES modules even where no package.json
//   says "type": "module" (an app in /tmp, say).
const ALIASES = {
  "@dash/server": new URL("../index.ts", import.meta.url).href,
  "@dash/protocol": new URL("../../../protocol/src/index.ts", import.meta.url).href,
};

export async function resolve(specifier, context, next) {
  const alias = ALIASES[specifier];
  const r = await next(alias ?? specifier, context);
  if (/\.(ts|tsx)(\?|$)/.test(r.url) && r.url.startsWith("file:") && !r.url.includes("/node_modules/")) {
    return { ...r, format: "module", shortCircuit: true };
  }
  return r;
}
