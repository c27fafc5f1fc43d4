/**
 * `npm run build`: the client bundle (packages/client/dist, so no first page waits for it,
 * and the client tarball carries it), then one publishable tarball per package in
 * dist/packages (`npm pack`: sources with their types, bin, bundle).
 *
 *   npm run build [-- DESTINATION]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import Fastify from "fastify";
import { ClientBundle } from "../packages/server/src/bundle.ts";

const root = resolve(import.meta.dirname, "..");
const dest = resolve(process.argv[2] ?? resolve(root, "dist/packages"));
await new ClientBundle({ dev: false }, Fastify({ logger: { level: "warn" } }).log).build();
mkdirSync(dest, { recursive: true });
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
execFileSync(npm, ["pack", "--workspaces", "--pack-destination", dest], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
for (const f of readdirSync(dest).filter((f) => f.endsWith(".tgz")).sort()) process.stdout.write(`${resolve(dest, f)}\n`);
