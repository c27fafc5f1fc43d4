import { describe, expect, it } from "vitest";
import { ErrorCode, ProtocolError } from "../errors.ts";
import { read_batch_meta, read_document_meta, read_ok_meta, read_patch_ok_meta, read_pull_request_meta, speaks_dash } from "./metadata.ts";

function refused(f: () => unknown, field: string): void {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ProtocolError);
    expect((e as ProtocolError).code).toBe(ErrorCode.BAD_METADATA);
    expect((e as ProtocolError).message).toContain(`'${field}'`);
    return;
  }
  throw new Error(`expected ${field} to be refused`);
}

describe("Dash wire metadata", () => {
  it("a plain client's empty metadata reads as no extensions", () => {
    const m = read_pull_request_meta({});
    expect(m).toEqual({});
    expect(speaks_dash(m)).toBe(false);
  });

  it("a Dash client's pull request reads typed, unknown keys ignored", () => {
    const m = read_pull_request_meta({ resync: true, viewers: true, client_id: "abc", inflight: ["1", "2"], since: 4, epoch: "e1", extra: 1 });
    expect(m).toEqual({ resync: true, viewers: true, client_id: "abc", inflight: ["1", "2"], since: 4, epoch: "e1" });
    expect(speaks_dash(m)).toBe(true);
  });

  it("wrongly typed fields are refused with a code naming the field", () => {
    refused(() => read_pull_request_meta({ since: -1 }), "since");
    refused(() => read_pull_request_meta({ since: 1.5 }), "since");
    refused(() => read_pull_request_meta({ client_id: "x".repeat(65) }), "client_id");
    refused(() => read_pull_request_meta({ client_id: "" }), "client_id");
    refused(() => read_pull_request_meta({ inflight: [1] }), "inflight");
    refused(() => read_pull_request_meta({ inflight: "a" }), "inflight");
    refused(() => read_pull_request_meta({ resync: "yes" }), "resync");
    refused(() => read_document_meta({}), "version");
    refused(() => read_batch_meta({ viewers: "3" }), "viewers");
    refused(() => read_ok_meta({ resumed: true, version: 3 }), "epoch");
  });

  it("OK metadata reads as a resume or as a patch's answer", () => {
    expect(read_ok_meta({ resumed: true, version: 3, epoch: "e", missed: 2, applied: ["m"] })).toEqual({ resumed: true, version: 3, epoch: "e", missed: 2, applied: ["m"] });
    expect(read_ok_meta({ version: 3, rest: false })).toEqual({ version: 3, rest: false });
    expect(read_patch_ok_meta({ version: 3, duplicate: true })).toEqual({ version: 3, duplicate: true });
    expect(read_patch_ok_meta({})).toEqual({});
  });

  it("batch and document metadata", () => {
    expect(read_batch_meta({ version: 7 })).toEqual({ version: 7 });
    expect(read_batch_meta({ viewers: 2 })).toEqual({ viewers: 2 });
    expect(read_batch_meta({ correction: true })).toEqual({ correction: true });
    expect(read_document_meta({ version: 0, epoch: "e", applied: [], resync: true })).toEqual({ version: 0, epoch: "e", applied: [], resync: true });
  });
});
