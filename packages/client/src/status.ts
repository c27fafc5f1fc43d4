/** A small, unobtrusive badge shown while the connection is down or reconnecting. */
import type { ConnectionState } from "./connection/connection.ts";

export class StatusBadge {
  private readonly el: HTMLDivElement;

  constructor(parent: HTMLElement) {
    this.el = document.createElement("div");
    this.el.className = "dash-status";
    this.el.setAttribute("role", "status");
    Object.assign(this.el.style, {
      position: "fixed", right: "8px", bottom: "8px", padding: "4px 10px", borderRadius: "12px",
      font: "12px system-ui, sans-serif", background: "#fff3cd", color: "#664d03", border: "1px solid #ffe69c",
      boxShadow: "0 1px 3px rgba(0,0,0,.15)", display: "none", zIndex: "1000",
    });
    parent.appendChild(this.el);
  }

  show(state: ConnectionState): void {
    const text: Partial<Record<ConnectionState, string>> = {
      connecting: "connecting…",
      reconnecting: "connection lost — reconnecting…",
      closed: "disconnected",
    };
    const t = text[state];
    this.el.style.display = t === undefined ? "none" : "block";
    this.el.textContent = t ?? "";
    this.el.dataset.state = state;
  }
}
