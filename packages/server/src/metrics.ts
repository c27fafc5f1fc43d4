/**
 * Server-wide counters for the Prometheus route and the periodic stats log line:
 * websocket frames/bytes in and out (counted at the socket), messages sent and
 * send-queue drops (from each connection's stats, summed over closed ones).
 */
import type { ServerConnection, ServerSocket } from "./connection.ts";
import type { DashState } from "./state.ts";

export class ServerMetrics {
  frames_received = 0;
  bytes_received = 0;
  frames_sent = 0;
  bytes_sent = 0;
  connections_opened = 0;
  connections_refused = 0;
  /** Totals of connections that have closed (live ones are read from their stats). */
  private closed_messages_sent = 0;
  private closed_drops = 0;
  private closed_resyncs = 0;

  received(bytes: number): void {
    this.frames_received++;
    this.bytes_received += bytes;
  }

  /** The socket with its sends counted. */
  counting<S extends ServerSocket>(socket: S): S {
    const send = socket.send.bind(socket);
    return {
      ...socket,
      send: (data, cb) => {
        this.frames_sent++;
        this.bytes_sent += typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
        send(data, cb);
      },
    };
  }

  connection_closed(c: ServerConnection): void {
    const s = c.stats;
    this.closed_messages_sent += s.sent_messages;
    this.closed_drops += s.dropped_batches;
    this.closed_resyncs += s.resyncs;
  }

  /** Prometheus text exposition format 0.0.4. */
  prometheus(state: DashState): string {
    let messages = this.closed_messages_sent, drops = this.closed_drops, resyncs = this.closed_resyncs, queued = 0;
    for (const c of state.connections) {
      const s = c.stats;
      messages += s.sent_messages;
      drops += s.dropped_batches;
      resyncs += s.resyncs;
      queued += s.buffered;
    }
    const lines: string[] = [];
    const metric = (name: string, type: "gauge" | "counter", help: string, values: Array<[string, number]>): void => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
      for (const [labels, v] of values) lines.push(`${name}${labels} ${v}`);
    };
    const per_app = (f: (name: string) => number): Array<[string, number]> =>
      state.app_names.map((n) => [`{app="${n.replace(/["\\]/g, "_")}"}`, f(n)]);
    metric("dash_sessions", "gauge", "Live sessions.", per_app((n) => state.managers.get(n)!.count));
    metric("dash_sessions_created_total", "counter", "Sessions created.", per_app((n) => state.managers.get(n)!.sessions_created));
    metric("dash_sessions_destroyed_total", "counter", "Sessions destroyed.", per_app((n) => state.managers.get(n)!.sessions_destroyed));
    metric("dash_connections", "gauge", "Open websocket connections.", [["", state.connections.size]]);
    metric("dash_connections_opened_total", "counter", "Websocket connections accepted.", [["", this.connections_opened]]);
    metric("dash_connections_refused_total", "counter", "Websocket connections refused (token, origin, user, session).", [["", this.connections_refused]]);
    metric("dash_messages_sent_total", "counter", "Protocol messages sent.", [["", messages]]);
    metric("dash_frames_received_total", "counter", "Websocket frames received.", [["", this.frames_received]]);
    metric("dash_frames_sent_total", "counter", "Websocket frames sent.", [["", this.frames_sent]]);
    metric("dash_bytes_received_total", "counter", "Websocket payload bytes received.", [["", this.bytes_received]]);
    metric("dash_bytes_sent_total", "counter", "Websocket payload bytes sent.", [["", this.bytes_sent]]);
    metric("dash_send_queue_bytes", "gauge", "Bytes waiting in send queues.", [["", queued]]);
    metric("dash_send_queue_drops_total", "counter", "Batches dropped from slow consumers' queues (then resynchronised).", [["", drops]]);
    metric("dash_resyncs_total", "counter", "Connections resynchronised with a fresh document.", [["", resyncs]]);
    const mem = process.memoryUsage();
    metric("dash_process_resident_memory_bytes", "gauge", "Resident set size.", [["", mem.rss]]);
    metric("dash_process_heap_used_bytes", "gauge", "V8 heap in use.", [["", mem.heapUsed]]);
    return lines.join("\n") + "\n";
  }

  /** Bokeh's stats log line, as fields. */
  stats(state: DashState): Record<string, number> {
    let sessions = 0;
    for (const m of state.managers.values()) sessions += m.count;
    return { sessions, connections: state.connections.size, frames_received: this.frames_received, frames_sent: this.frames_sent };
  }
}
