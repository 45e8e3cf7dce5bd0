import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { installPeerHook, PEER_HEADER } from '@/lib/peer';
import { clientKeyFrom } from '@/lib/request';

const headers = (o: Record<string, string>) => new Headers(o);

describe('the rate-limit key', () => {
  it('ignores an X-Forwarded-For the client wrote when no proxy is trusted', () => {
    // The probe's attack: a new X-Forwarded-For on every request. Each used to be a new client.
    for (const forged of ['1.2.3.4', '5.6.7.8, 9.9.9.9', 'garbage'])
      expect(clientKeyFrom(headers({ 'x-forwarded-for': forged, [PEER_HEADER]: '127.0.0.1' }), 0)).toBe('127.0.0.1');
    expect(clientKeyFrom(headers({ [PEER_HEADER]: '10.1.1.1' }), 0)).toBe('10.1.1.1');
  });

  it('takes the address the outermost trusted proxy added, whatever the client prepended', () => {
    // One load balancer at 10.0.0.5 appends the address it saw (203.0.113.9) to the client's header.
    expect(clientKeyFrom(headers({ 'x-forwarded-for': 'forged-1, forged-2, 203.0.113.9', [PEER_HEADER]: '10.0.0.5' }), 1)).toBe('203.0.113.9');
    expect(clientKeyFrom(headers({ 'x-forwarded-for': 'forged, 203.0.113.9, 10.0.0.4', [PEER_HEADER]: '10.0.0.5' }), 2)).toBe('203.0.113.9');
    // Fewer entries than proxies: the leftmost there is.
    expect(clientKeyFrom(headers({ [PEER_HEADER]: '10.0.0.5' }), 3)).toBe('10.0.0.5');
  });

  it('is one shared key when the connection address is unknown, never the client’s claim', () => {
    expect(clientKeyFrom(headers({ 'x-forwarded-for': '1.2.3.4' }), 0)).toBe('unknown');
  });

  it('stamps the connection address on every request, over any value the client sent', async () => {
    installPeerHook();
    const server = http.createServer((req, res) => res.end(JSON.stringify({ peer: req.headers[PEER_HEADER], id: req.headers['x-request-id'] })));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: '6.6.6.6', 'x-request-id': 'bad id with spaces' } });
    const body = (await res.json()) as { peer: string; id: string };
    server.close();
    expect(body.peer).toBe('127.0.0.1');
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
