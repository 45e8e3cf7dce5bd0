import { randomUUID } from 'node:crypto';
import dc from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/** Set on every request from the connection itself; a client-sent value is overwritten, never trusted. */
export const PEER_HEADER = 'x-denialhelp-peer';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const installed = Symbol.for('denialhelp.peer-hook');

/**
 * Next.js does not expose the connection's address, and it fills X-Forwarded-For only when the client sent
 * none. Node publishes every request on this channel before any handler runs, so the address is stamped here,
 * with a request id for the logs (a proxy's own id is kept when it looks like one).
 */
export function installPeerHook(): void {
  const g = globalThis as { [installed]?: boolean };
  if (g[installed]) return;
  g[installed] = true;
  dc.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? 'unknown';
    const id = request.headers['x-request-id'];
    if (typeof id !== 'string' || !REQUEST_ID.test(id)) request.headers['x-request-id'] = randomUUID();
  });
}
