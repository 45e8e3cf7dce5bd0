import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Stripe from 'stripe';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/lib/db';
import { fulfill } from '@/lib/payments/fulfill';
import { isLetterPaid, recordCheckout } from '@/lib/payments/orders';
import { handleWebhook } from '@/lib/payments/webhook';
import { readBodyUpTo } from '@/lib/body';

const SECRET = 'whsec_test_secret';
type FakeSession = { id: string; client_reference_id: string; metadata: Record<string, string>; payment_status: 'paid' | 'unpaid'; amount_total: number };

/** The real SDK (real signatures), with sessions served from a map instead of the network. */
function fakeStripe(sessions: Map<string, FakeSession>) {
  const stripe = new Stripe('sk_test_fake', { telemetry: false });
  let retrieves = 0;
  Object.defineProperty(stripe, 'checkout', {
    value: {
      sessions: {
        retrieve: async (id: string) => {
          retrieves++;
          const s = sessions.get(id);
          if (!s) throw new Error('no such session');
          return s;
        },
      },
    },
  });
  return { stripe, retrieves: () => retrieves };
}

function signed(stripe: Stripe, type: string, session: FakeSession, id = `evt_${Math.random().toString(36).slice(2)}`) {
  const payload = JSON.stringify({ id, object: 'event', type, data: { object: session } });
  return { payload, header: stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }) };
}

describe('Stripe webhook', () => {
  let db: Db;
  const sessions = new Map<string, FakeSession>();
  const session = (id: string, letter: string, payment_status: 'paid' | 'unpaid'): FakeSession => {
    const s = { id, client_reference_id: letter, metadata: { letter_id: letter }, payment_status, amount_total: 3000 };
    sessions.set(id, s);
    return s;
  };

  beforeEach(async () => {
    db = await openDb({ file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dh-wh-')), 'db.sqlite') });
    sessions.clear();
  });

  it('answers 400 to a bad signature and changes nothing', async () => {
    const { stripe } = fakeStripe(sessions);
    const s = session('cs_1', 'letter1', 'paid');
    await recordCheckout(db, { sessionId: s.id, letterId: 'letter1' });
    const { payload, header } = signed(stripe, 'checkout.session.completed', s);
    expect((await handleWebhook(db, stripe, SECRET, payload.replace('letter1', 'letter2'), header)).status).toBe(400);
    expect((await handleWebhook(db, stripe, SECRET, payload, null)).status).toBe(400);
    expect((await handleWebhook(db, stripe, 'whsec_other', payload, header)).status).toBe(400);
    expect(await isLetterPaid(db, 'letter1')).toBe(false);
  });

  it('fulfils once when the same event arrives twice', async () => {
    const { stripe, retrieves } = fakeStripe(sessions);
    const s = session('cs_2', 'letter2', 'paid');
    await recordCheckout(db, { sessionId: s.id, letterId: 'letter2' });
    const event = signed(stripe, 'checkout.session.completed', s, 'evt_same');
    expect(await handleWebhook(db, stripe, SECRET, event.payload, event.header)).toEqual({ status: 200, body: 'ok' });
    expect(await handleWebhook(db, stripe, SECRET, event.payload, event.header)).toEqual({ status: 200, body: 'duplicate' });
    expect(retrieves()).toBe(1);
    expect(await isLetterPaid(db, 'letter2')).toBe(true);
  });

  it('keeps an async payment locked until async_payment_succeeded', async () => {
    const { stripe } = fakeStripe(sessions);
    const s = session('cs_3', 'letter3', 'unpaid');
    await recordCheckout(db, { sessionId: s.id, letterId: 'letter3' });
    const completed = signed(stripe, 'checkout.session.completed', s);
    expect((await handleWebhook(db, stripe, SECRET, completed.payload, completed.header)).status).toBe(200);
    expect(await isLetterPaid(db, 'letter3')).toBe(false);
    s.payment_status = 'paid';
    const succeeded = signed(stripe, 'checkout.session.async_payment_succeeded', s);
    expect((await handleWebhook(db, stripe, SECRET, succeeded.payload, succeeded.header)).status).toBe(200);
    expect(await isLetterPaid(db, 'letter3')).toBe(true);
  });

  it('handles events out of order: a late `completed` carrying `unpaid` cannot relock a paid letter', async () => {
    const { stripe } = fakeStripe(sessions);
    const s = session('cs_4', 'letter4', 'paid');
    await recordCheckout(db, { sessionId: s.id, letterId: 'letter4' });
    const succeeded = signed(stripe, 'checkout.session.async_payment_succeeded', s);
    const staleCompleted = signed(stripe, 'checkout.session.completed', { ...s, payment_status: 'unpaid' });
    const failed = signed(stripe, 'checkout.session.async_payment_failed', { ...s, payment_status: 'unpaid' });
    for (const e of [succeeded, staleCompleted, failed]) expect((await handleWebhook(db, stripe, SECRET, e.payload, e.header)).status).toBe(200);
    expect(await isLetterPaid(db, 'letter4')).toBe(true);
  });

  it('fulfils once when the webhook and the success page race', async () => {
    const { stripe } = fakeStripe(sessions);
    const s = session('cs_5', 'letter5', 'paid');
    await recordCheckout(db, { sessionId: s.id, letterId: 'letter5' });
    const results = await Promise.all([fulfill(db, stripe, s.id), fulfill(db, stripe, s.id), fulfill(db, stripe, s.id)]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(results.every((r) => r.outcome === 'paid' && r.letterId === 'letter5')).toBe(true);
  });

  it('answers 500 and forgets the event when our own work fails, so Stripe retries it', async () => {
    const { stripe } = fakeStripe(sessions);
    const ghost = { id: 'cs_missing', client_reference_id: 'x', metadata: {}, payment_status: 'paid' as const, amount_total: 4000 };
    const e = signed(stripe, 'checkout.session.completed', ghost, 'evt_retry');
    expect((await handleWebhook(db, stripe, SECRET, e.payload, e.header)).status).toBe(500);
    sessions.set(ghost.id, ghost);
    expect((await handleWebhook(db, stripe, SECRET, e.payload, e.header)).status).toBe(200);
  });

  it('acknowledges an event for a session Stripe does not have (resource_missing is permanent: a 500 was retried for days)', async () => {
    const { stripe } = fakeStripe(sessions);
    Object.defineProperty(stripe, 'checkout', {
      value: {
        sessions: {
          retrieve: async (id: string) => {
            throw new Stripe.errors.StripeInvalidRequestError({
              type: 'invalid_request_error',
              code: 'resource_missing',
              message: `No such checkout.session: '${id}'`,
            });
          },
        },
      },
    });
    const ghost = { id: 'cs_unknown', client_reference_id: 'x', metadata: {}, payment_status: 'paid' as const, amount_total: 4000 };
    const e = signed(stripe, 'checkout.session.completed', ghost, 'evt_ghost');
    expect(await handleWebhook(db, stripe, SECRET, e.payload, e.header)).toEqual({ status: 200, body: 'ignored: resource missing' });
    expect(await handleWebhook(db, stripe, SECRET, e.payload, e.header)).toEqual({ status: 200, body: 'duplicate' });
  });
});

describe('the webhook body limit', () => {
  const big = 'x'.repeat(1024 * 1024 + 1);

  it('refuses a body that declares more than the limit without reading it', async () => {
    // An endless body: only what the stream buffers up front is ever pulled.
    let pulled = 0;
    const body = new ReadableStream({
      pull(c) {
        pulled += 65536;
        c.enqueue(new Uint8Array(65536));
      },
    });
    const request = new Request('http://127.0.0.1/api/stripe/webhook', {
      method: 'POST',
      body,
      headers: { 'content-length': String(100 * 1024 * 1024) },
      duplex: 'half',
    } as RequestInit);
    expect(await readBodyUpTo(request, 1024 * 1024)).toBeNull();
    expect(pulled).toBeLessThan(1024 * 1024);
  });

  it('stops reading a streamed body once it passes the limit, and reads a normal one in full', async () => {
    expect(await readBodyUpTo(new Request('http://127.0.0.1/', { method: 'POST', body: big }), 1024 * 1024)).toBeNull();
    expect(await readBodyUpTo(new Request('http://127.0.0.1/', { method: 'POST', body: '{"id":"evt_1"}' }), 1024 * 1024)).toBe('{"id":"evt_1"}');
  });
});
