export { ClientConnection, type ClientConnectionOptions, type ConnectionState, type ReconnectOptions } from "./connection.ts";
export { ClientSession, websocket_url_for, type SessionOptions } from "./session.ts";
export { Replica, SERVER_ORIGIN, type LocalPatch } from "./replica.ts";
export { RequestMap, ServerError, ConnectionClosed } from "./requests.ts";
export { browser_socket, type ClientSocket, type SocketFactory, type SocketHandlers, type Incoming } from "./socket.ts";
