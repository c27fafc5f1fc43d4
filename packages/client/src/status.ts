/** A small, unobtrusive badge shown while the connection is down or reconnecting. */
import type { ConnectionState } from "./connection/connection.ts";

export class StatusBadge {
  private readonly el: HTMLDivElement;
  private readonly viewers_el: HTMLDivElement;
  private readonly notices: HTMLDivElement;

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
    // How many people are looking at this document (shared documents); hidden when alone.
    this.viewers_el = document.createElement("div");
    this.viewers_el.className = "dash-viewers";
    Object.assign(this.viewers_el.style, {
      position: "fixed", right: "8px", top: "8px", padding: "2px 8px", borderRadius: "10px",
      font: "12px system-ui, sans-serif", background: "rgba(255,255,255,.9)", color: "#444", border: "1px solid #ddd",
      display: "none", zIndex: "1000",
    });
    parent.appendChild(this.viewers_el);
    this.notices = document.createElement("div");
    parent.appendChild(this.notices);
  }

  /** A message the person should read (a refused or discarded change), shown for a while. */
  notice(text: string, ms = 8000): void {
    const el = document.createElement("div");
    el.className = "dash-notice";
    el.setAttribute("role", "alert");
    el.textContent = text;
    Object.assign(el.style, {
      position: "fixed", left: "8px", bottom: `${8 + 30 * this.notices.childElementCount}px`, maxWidth: "420px", padding: "6px 12px",
      borderRadius: "6px", font: "12px system-ui, sans-serif", background: "#f8d7da", color: "#58151c",
      border: "1px solid #f1aeb5", boxShadow: "0 1px 3px rgba(0,0,0,.15)", zIndex: "1000",
    });
    this.notices.appendChild(el);
    setTimeout(() => el.remove(), ms);
  }

  viewers(n: number): void {
    this.viewers_el.dataset.count = String(n);
    this.viewers_el.textContent = `${n} viewer${n === 1 ? "" : "s"}`;
    this.viewers_el.style.display = n > 1 ? "block" : "none";
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
