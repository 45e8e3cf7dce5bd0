/**
 * `npm run stripe:setup`: creates, idempotently, the product, the price, the $10 coupon and the first-time
 * promotion code SEO25 in the Stripe account the key names (at STRIPE_API_BASE: the local emulator in tests).
 */
import { getPayments, PRICE_LOOKUP_KEY } from '@/lib/payments/config';
import { FIRST_LETTER_PROMO, LETTER_PRICE_CENTS } from '@/lib/pricing';

const payments = getPayments();
if (!payments.ok) {
  console.error(`stripe:setup: ${payments.problem}`);
  process.exit(2);
}
const { stripe } = payments;
const PRODUCT_ID = 'denialhelp_appeal_letter';
const COUPON_ID = 'denialhelp_first_letter_10_off';

const product = await stripe.products.retrieve(PRODUCT_ID).catch(() => stripe.products.create({ id: PRODUCT_ID, name: 'Appeal letter' }));

const [current] = (await stripe.prices.list({ lookup_keys: [PRICE_LOOKUP_KEY], active: true, limit: 1 })).data;
const price =
  current && current.unit_amount === LETTER_PRICE_CENTS
    ? current
    : await stripe.prices.create({
        product: product.id,
        currency: 'usd',
        unit_amount: LETTER_PRICE_CENTS,
        lookup_key: PRICE_LOOKUP_KEY,
        transfer_lookup_key: true,
      });

const coupon = await stripe.coupons.retrieve(COUPON_ID).catch(() =>
  stripe.coupons.create({
    id: COUPON_ID,
    amount_off: FIRST_LETTER_PROMO.amountOffCents,
    currency: 'usd',
    duration: 'once',
    name: '$10 off your first letter',
  }),
);

const [promo] = (await stripe.promotionCodes.list({ code: FIRST_LETTER_PROMO.code, active: true, limit: 1 })).data;
const promotion =
  promo ??
  (await stripe.promotionCodes.create({
    promotion: { type: 'coupon', coupon: coupon.id },
    code: FIRST_LETTER_PROMO.code,
    restrictions: { first_time_transaction: true },
  }));

console.log(`product ${product.id}; price ${price.id} (${price.unit_amount} cents); coupon ${coupon.id}; promotion code ${promotion.code} (${promotion.id})`);
