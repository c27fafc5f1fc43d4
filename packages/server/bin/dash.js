#!/usr/bin/env node
// The `dash` command. Registers tsx (TypeScript apps) and the @dash/* resolve hook,
// then runs the CLI in src/cli.ts.
import { register } from "node:module";
import { register as register_tsx } from "tsx/esm/api";

register_tsx();
register("../src/loader/hooks.mjs", import.meta.url);
const { main } = await import("../src/cli.ts");
const code = await main(process.argv.slice(2));
process.exit(code);
