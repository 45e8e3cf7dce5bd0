import type { IncomingHttpHeaders } from 'node:http';
import type { FormObject } from './form';
import type { Params } from './params';
import type { EmulatorState } from './store';

export const DEFAULT_WEBHOOK_SECRET = 'whsec_emulator_local_only';

export type EmulatorConfig = {
  /** Where events are POSTed; without it events are only recorded. */
  webhookUrl?: string;
  webhookSecret: string;
  /** Base of the hosted-page URLs handed out in `session.url`, when the browser reaches the emulator by another address. */
  publicUrl?: string;
};

export type Emulator = { state: EmulatorState; config: EmulatorConfig; url: string };

export type ApiRequest = {
  method: string;
  path: string;
  body: FormObject;
  params: Params;
  headers: IncomingHttpHeaders;
  requestId: string;
  idempotencyKey: string | null;
};

export type Reply = { status: number; body: string; headers?: Record<string, string> };

export const jsonReply = (status: number, value: unknown, headers: Record<string, string> = {}): Reply => ({
  status,
  body: `${JSON.stringify(value, null, 2)}\n`,
  headers: { 'Content-Type': 'application/json', ...headers },
});

export const htmlReply = (status: number, html: string): Reply => ({
  status,
  body: html,
  headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
});

export const redirectReply = (location: string): Reply => ({ status: 303, body: '', headers: { Location: location } });

export const hostedPageUrl = (emu: Emulator, sessionId: string) => `${(emu.config.publicUrl ?? emu.url).replace(/\/+$/, '')}/c/pay/${sessionId}`;
