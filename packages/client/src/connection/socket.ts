/**
 * The minimal socket the connection code needs. Browser WebSocket and Node's `ws` both
 * fit through a few-line adapter (see browser_socket here and ws_socket in node.ts).
 */

export type Incoming = string | ArrayBuffer | Uint8Array;

export interface SocketHandlers {
  open(): void;
  message(data: Incoming): void;
  close(code: number, reason: string): void;
  error(error: unknown): void;
}

export interface ClientSocket {
  send(data: string | Uint8Array): void;
  close(code?: number, reason?: string): void;
}

export type SocketFactory = (url: string, protocols: readonly string[], handlers: SocketHandlers) => ClientSocket;

interface BrowserWebSocket {
  binaryType: string;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  send(data: string | ArrayBufferView | ArrayBuffer): void;
  close(code?: number, reason?: string): void;
}

/** The browser's WebSocket. */
export const browser_socket: SocketFactory = (url, protocols, h) => {
  const Ctor = (globalThis as unknown as { WebSocket: new (url: string, protocols: string[]) => BrowserWebSocket }).WebSocket;
  const ws = new Ctor(url, [...protocols]);
  ws.binaryType = "arraybuffer";
  ws.onopen = () => h.open();
  ws.onmessage = (ev) => h.message(ev.data as Incoming);
  ws.onclose = (ev) => h.close(ev.code, ev.reason);
  ws.onerror = (ev) => h.error(ev);
  return {
    send: (d) => ws.send(d),
    close: (code, reason) => ws.close(code, reason),
  };
};
