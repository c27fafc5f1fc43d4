import { describe, expect, it } from "vitest";
import { parse_tsc_output } from "./check.ts";

describe("parse_tsc_output", () => {
  it("gives file:line:col per error, relative to the working directory when inside it, with continuation lines kept", () => {
    const out = [
      "../../../home/me/app/main.ts(3,9): error TS2322: Type 'string' is not assignable to type 'number'.",
      "/elsewhere/lib.ts(10,1): error TS7016: Could not find a declaration file for module 'x'.",
      "  Try `npm i --save-dev @types/x` if it exists.",
      "",
      "Found 2 errors in 2 files.",
    ].join("\n");
    const problems = parse_tsc_output(out, "/tmp/dash-check-1", "/home/me");
    expect(problems).toEqual([
      { where: "app/main.ts:3:9", message: "Type 'string' is not assignable to type 'number'. (TS2322)" },
      { where: "/elsewhere/lib.ts:10:1", message: "Could not find a declaration file for module 'x'. (TS7016)\n  Try `npm i --save-dev @types/x` if it exists." },
    ]);
  });

  it("keeps a line it cannot place (a config error) as a problem without a location", () => {
    expect(parse_tsc_output("error TS5083: Cannot read file '/x/tsconfig.json'.", "/tmp", "/")).toEqual([
      { where: null, message: "error TS5083: Cannot read file '/x/tsconfig.json'." },
    ]);
  });
});
