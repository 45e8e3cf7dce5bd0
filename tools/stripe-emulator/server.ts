import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_WEBHOOK_SECRET, jsonReply, type Emulator, type EmulatorConfig, type Reply } from './context';
import { ApiError } from './errors';
import { parseForm } from './form';
import { handleOps } from './ops';
import { showCheckoutPage, submitCheckoutPage } from './pay';
import { handleApi } from './router';
import { createState, type EmulatorState } from './store';

export type EmulatorOptions = { port?: number; host?: string; webhookUrl?: string; webhookSecret?: string; publicUrl?: string };

export type RunningEmulator = {
  url: string;
  port: number;
  state: EmulatorState;
  /** Mutable: tests may point `webhookUrl` elsewhere after start. */
  config: EmulatorConfig;
  close(): Promise<void>;
};

const MAX_BODY = 1024 * 1024;

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new BodyTooLarge('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function route(emu: Emulator, req: IncomingMessage): Promise<Reply> {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  const path = url.pathname;
  const body = method === 'POST' ? await readBody(req) : '';
  if (path.startsWith('/v1/')) return handleApi(emu, method, path, url.search.slice(1), body, req.headers);
  if (path.startsWith('/__emulator/')) {
    const reply = await handleOps(emu, method, path);
    return reply ?? jsonReply(404, new ApiError(404, `Unrecognized emulator URL (${method}: ${path}).`).toJSON());
  }
  const page = /^\/c\/pay\/([^/]+)$/.exec(path);
  if (page) {
    const id = decodeURIComponent(page[1] as string);
    if (method === 'GET') return showCheckoutPage(emu, id);
    if (method === 'POST') return submitCheckoutPage(emu, id, parseForm(body));
  }
  if (method === 'GET' && path === '/') return jsonReply(200, { emulator: 'stripe', api: `${emu.url}/v1`, state: `${emu.url}/__emulator/state` });
  return { status: 404, body: 'Not found\n', headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
}

async function handle(emu: Emulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let reply: Reply;
  try {
    reply = await route(emu, req);
  } catch (error) {
    if (error instanceof ApiError) reply = jsonReply(error.status, error.toJSON());
    else if (error instanceof BodyTooLarge) reply = jsonReply(413, new ApiError(413, 'Request body too large.').toJSON());
    else {
      console.error('[stripe-emulator] internal error', error);
      reply = jsonReply(500, new ApiError(500, 'The Stripe emulator hit an internal error.', undefined, undefined, 'api_error').toJSON());
    }
  }
  res.writeHead(reply.status, reply.headers ?? {});
  res.end(reply.body);
}

/** Starts the emulator on node:http. Port 0 picks a free port; `url` is then the real address. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const config: EmulatorConfig = {
    webhookUrl: options.webhookUrl,
    webhookSecret: options.webhookSecret || DEFAULT_WEBHOOK_SECRET,
    publicUrl: options.publicUrl,
  };
  const emu: Emulator = { state: createState(), config, url: '' };
  const server = createServer((req, res) => void handle(emu, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  emu.url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: emu.url,
    port,
    state: emu.state,
    config,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
