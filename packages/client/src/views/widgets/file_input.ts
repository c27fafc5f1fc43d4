// FileInput: the chosen files are read in the page and their base64 contents, names and MIME
// types sent to the server as `value`, `filename` and `mime_type` (lists when `multiple`), as
// BokehJS does. The server's write policy lets a client set exactly those three.
import type { ModelSnap } from "../../state/snapshot.ts";
import { WidgetView } from "./base.ts";
import { ensure_widget_css } from "./widget_css.ts";

/** A file's contents as base64 (without the data: URL prefix), as BokehJS sends them. */
export function read_base64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? "");
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsDataURL(file);
  });
}

/** Room the rest of a PATCH-DOC message takes beside the files' base64 (header, metadata, event JSON). */
const MESSAGE_OVERHEAD = 4096;

/** Why files can't be sent in one message of at most `max` bytes (null when they fit, or the limit is unknown). */
export function too_big(files: ReadonlyArray<{ readonly name: string; readonly size: number }>, max: number | undefined): string | null {
  if (max == null) return null;
  const encoded = files.reduce((n, f) => n + 4 * Math.ceil(f.size / 3) + f.name.length * 2, MESSAGE_OVERHEAD);
  if (encoded <= max) return null;
  const kb = (n: number): string => `${Math.ceil(n / 1024)} kB`;
  const what = files.length === 1 ? files[0]!.name : `${files.length} files`;
  return `${what} is too big to send: ${kb(encoded)} as sent, and this server accepts messages up to ${kb(max)} (its --websocket-max-message-size)`;
}

/** `accept` as the input element's attribute (Bokeh allows a string or a list). */
export function accept_attr(v: unknown): string {
  return Array.isArray(v) ? v.map(String).join(",") : typeof v === "string" ? v : "";
}

export class FileInputView extends WidgetView {
  declare private input: HTMLInputElement;
  declare private error: HTMLDivElement;

  protected build(): void {
    ensure_widget_css();
    this.add_title();
    this.input = document.createElement("input");
    this.input.type = "file";
    this.input.addEventListener("change", () => void this.send(this.input.files));
    this.error = document.createElement("div");
    this.error.className = "dash-file-error";
    this.error.setAttribute("role", "alert");
    this.error.style.display = "none";
    this.el.append(this.input, this.error);
  }

  private async send(list: FileList | null): Promise<void> {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    // a message over the server's limit would close this page's connection: refuse it here, clearly
    const why = too_big(files, this.ctx.options.max_message_size);
    this.error.textContent = why ?? "";
    this.error.style.display = why == null ? "none" : "";
    if (why != null) {
      console.warn(`[dash] FileInput ${this.model.id}: ${why}`);
      this.input.value = "";
      return;
    }
    const values = await Promise.all(files.map(read_base64));
    const many = this.attr<boolean>("multiple") === true;
    const pick = <T>(xs: T[]): T | T[] => (many ? xs : xs[0]!);
    // one turn of the event loop = one PATCH-DOC; value last, so a server on_change("value") sees the file's name and type
    this.set("filename", pick(files.map((f) => f.name)));
    this.set("mime_type", pick(files.map((f) => f.type)));
    this.set("value", pick(values));
  }

  protected render(_prev: ModelSnap | null): void {
    this.input.accept = accept_attr(this.attr("accept"));
    this.input.multiple = this.attr<boolean>("multiple") === true;
    this.input.webkitdirectory = this.attr<boolean>("directory") === true;
    this.input.disabled = this.attr<boolean>("disabled") === true;
  }
}
