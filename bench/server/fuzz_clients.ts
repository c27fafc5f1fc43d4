/**
 * The bad clients of `npm run bench -- fuzz`, in their own process so that generating and
 * sending hostile traffic never blocks the event loop of the well-behaved clients being
 * measured. Argument: the FuzzOptions as JSON (without `token`); prints the result as JSON.
 */
import { run_fuzz, type FuzzOptions } from "../../test/support/fuzz.ts";
import { token } from "./util.ts";

const o = JSON.parse(process.argv[2]!) as Omit<FuzzOptions, "token" | "messages"> & { messages: number | null };
const res = await run_fuzz({ ...o, messages: o.messages ?? Infinity, token: () => token() });
process.stdout.write(JSON.stringify({ ...res, closes: Object.fromEntries(res.closes) }) + "\n");
