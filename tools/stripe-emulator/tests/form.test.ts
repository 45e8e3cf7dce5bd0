import { describe, expect, it } from 'vitest';
import { parseForm } from '@/tools/stripe-emulator/form';

describe('parseForm (Stripe form encoding)', () => {
  it('nests bracketed keys and turns indices into arrays', () => {
    const body =
      'mode=payment&line_items[0][price_data][unit_amount]=4000&line_items[0][price_data][product_data][name]=Letter%20%C3%A9&line_items[0][quantity]=1' +
      '&expand[]=line_items&expand[]=customer&metadata[letter_id]=L1&success_url=https%3A%2F%2Fx.test%2Fs%3Fid%3D%7BCHECKOUT_SESSION_ID%7D';
    expect(parseForm(body)).toEqual({
      mode: 'payment',
      line_items: [{ price_data: { unit_amount: '4000', product_data: { name: 'Letter é' } }, quantity: '1' }],
      expand: ['line_items', 'customer'],
      metadata: { letter_id: 'L1' },
      success_url: 'https://x.test/s?id={CHECKOUT_SESSION_ID}',
    });
  });

  it('accepts encoded brackets, plus signs and indexed arrays out of order', () => {
    expect(parseForm('lookup_keys%5B1%5D=b&lookup_keys%5B0%5D=a&name=a+b')).toEqual({ lookup_keys: ['a', 'b'], name: 'a b' });
  });

  it('ignores prototype keys and unclosed brackets; a stray `]` stays part of a plain key, as in qs', () => {
    const parsed = parseForm('__proto__[x]=1&a[b=2&c]=3&ok=1');
    expect(parsed).toEqual({ 'c]': '3', ok: '1' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
