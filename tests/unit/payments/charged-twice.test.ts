import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/lib/db';
import { startCheckout } from '@/lib/payments/checkout';
import { fulfill } from '@/lib/payments/fulfill';
import { letterPayment, orderStatus } from '@/lib/payments/orders';
import { startEmulator, type RunningEmulator } from '@/tools/stripe-emulator';
import { sdk, setupCatalog, submitPage } from '@/tools/stripe-emulator/tests/helpers';

/** One letter, two browser tabs: the probe ended with two paid $40 orders for one letter. */
describe('one letter is never charged twice', () => {
  let emu: RunningEmulator;
  let db: Db;
  const stripe = () => sdk(emu);

  beforeAll(async () => {
    emu = await startEmulator();
    await setupCatalog(stripe());
    db = await openDb({ file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dh-twice-')), 'db.sqlite') });
  });
  afterAll(async () => {
    await db.destroy();
    await emu.close();
  });

  async function twoTabs(letterId: string) {
    const open = (attempt: string) => startCheckout(db, stripe(), { letterId, email: `${letterId}@example.com`, origin: 'https://app.test', attempt });
    const [first, second] = [await open('tab-1'), await open('tab-2')];
    if (first.kind !== 'redirect' || second.kind !== 'redirect') throw new Error('expected two checkout pages');
    const id = (url: string) => url.split('/c/pay/')[1] as string;
    return { first: { url: first.url, id: id(first.url) }, second: { url: second.url, id: id(second.url) } };
  }

  it('expires the other open session when one completes', async () => {
    const { first, second } = await twoTabs('letter-expire');
    expect((await submitPage(first.url, { payment_method: 'card' })).status).toBe(303);
    expect((await fulfill(db, stripe(), first.id)).outcome).toBe('paid');
    expect(emu.state.sessions.get(second.id)?.session.status).toBe('expired');
    expect(await orderStatus(db, second.id)).toBe('expired');
    // The second tab can no longer take a payment.
    expect((await submitPage(second.url, { payment_method: 'card' })).status).toBe(409);
  });

  it('refunds a second payment automatically when both tabs were paid before we heard of either', async () => {
    const { first, second } = await twoTabs('letter-both');
    await submitPage(first.url, { payment_method: 'card' });
    await submitPage(second.url, { payment_method: 'card' });
    const outcomes = await Promise.all([fulfill(db, stripe(), first.id), fulfill(db, stripe(), second.id)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['paid', 'refunded']);
    const refunds = [...emu.state.refunds.values()];
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amount: 4000, reason: 'duplicate', status: 'succeeded' });
    // Replays refund nothing more.
    await fulfill(db, stripe(), first.id);
    await fulfill(db, stripe(), second.id);
    expect(emu.state.refunds.size).toBe(1);
    expect(await letterPayment(db, 'letter-both')).toBe('paid');
  });

  it('shows payment pending instead of another checkout while a bank debit is on its way', async () => {
    const { first } = await twoTabs('letter-pending');
    await submitPage(first.url, { payment_method: 'bank_debit' });
    expect((await fulfill(db, stripe(), first.id)).outcome).toBe('pending');
    expect(await letterPayment(db, 'letter-pending')).toBe('pending');
    expect(await startCheckout(db, stripe(), { letterId: 'letter-pending', email: 'x@example.com', origin: 'https://app.test', attempt: 'tab-3' })).toEqual({
      kind: 'pending',
    });
  });
});
