import { Document } from "@dash/protocol";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { unhandled_types } from "../packages/server/src/client_choice.ts";
const handled = new Set<string>(JSON.parse(readFileSync("packages/client/dist/dash-client.manifest.json", "utf8")).types);
const files = [...readdirSync("examples").filter((f) => f.endsWith(".ts")).map((f) => `../examples/${f}`), ...readdirSync("test/browser/apps").map((f) => `../test/browser/apps/${f}`), "../test/server/fixtures/tiny_app.ts"];
if (existsSync("examples/styled_app/main.ts")) files.push("../examples/styled_app/main.ts");
for (const f of files) {
  try {
    const mod = await import(f);
    const doc = new Document();
    const fn = mod.default;
    if (typeof fn !== "function") { console.log(f, "no default"); continue; }
    await Promise.race([fn(doc), new Promise((r) => setTimeout(r, 2000))]);
    console.log(f.padEnd(40), unhandled_types(doc, handled).join(" ") || "(all handled)");
  } catch (e) { console.log(f, "ERR", String(e).slice(0, 100)); }
}
process.exit(0);
