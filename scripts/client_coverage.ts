/**
 * `npm run client-coverage`: which of the model types BokehJS 3.10 registers (as @dash/protocol
 * declares them) Dash's client handles, from the manifest the bundle build writes beside the
 * bundle (built first when missing or stale). Prints the counts, the handled types and the
 * concrete types it does not handle (documents holding one go to BokehJS under `--client auto`).
 *
 *   npm run client-coverage [-- --json]
 */
import Fastify from "fastify";
import { bokeh_bases, registry } from "@dash/protocol";
import { ClientBundle } from "../packages/server/src/bundle.ts";

const bundle = new ClientBundle({ dev: false }, Fastify({ logger: { level: "warn" } }).log);
const handled = await bundle.handled();
if (handled === null) throw new Error(`no manifest beside ${bundle.outfile}`);

const all = Object.keys(bokeh_bases).sort();
// Abstract bases (Glyph, Tool, ...) are declared but not registered: no document holds one.
const is_abstract = (t: string): boolean => !registry.has(t) || registry.get(t)!.__abstract__;
const concrete = all.filter((t) => !is_abstract(t));
const yes = concrete.filter((t) => handled.has(t));
const no = concrete.filter((t) => !handled.has(t));
const unknown = [...handled].filter((t) => !registry.has(t)).sort();

if (process.argv.includes("--json")) {
  process.stdout.write(JSON.stringify({ declared: all.length, concrete: concrete.length, handled: yes, unhandled: no, unknown }, null, 1) + "\n");
} else {
  const out: string[] = [];
  out.push(`BokehJS 3.10 model types declared by @dash/protocol: ${all.length} (${concrete.length} concrete, ${all.length - concrete.length} abstract)`);
  out.push(`Dash's client handles ${yes.length} of the ${concrete.length} concrete types (${((100 * yes.length) / concrete.length).toFixed(1)}%); ${no.length} go to BokehJS under --client auto`);
  out.push("", `handled (${yes.length}):`, wrap(yes), "", `not handled (${no.length}):`, wrap(no));
  if (unknown.length > 0) out.push("", `in the manifest but not declared by the protocol (${unknown.length}):`, wrap(unknown));
  process.stdout.write(out.join("\n") + "\n");
}

function wrap(names: readonly string[]): string {
  const lines: string[] = [];
  let line = " ";
  for (const n of names) {
    if (line.length + n.length + 1 > 100) { lines.push(line); line = " "; }
    line += ` ${n}`;
  }
  if (line.trim() !== "") lines.push(line);
  return lines.join("\n");
}
