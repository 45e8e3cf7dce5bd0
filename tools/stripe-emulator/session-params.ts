import { createProductFrom, getPrice, getProduct } from './api-catalog';
import type { Emulator } from './context';
import { ApiError, exclusive, invalid, missing } from './errors';
import { buildPrice } from './objects';
import type { Params } from './params';
import { buildLineItem, type LineItem } from './session-object';

/** Real Stripe parameters the emulator accepts but does not act on (presentation only). */
export const IGNORED_SESSION_PARAMS = [
  'adaptive_pricing',
  'after_expiration',
  'allowed_payment_method_types',
  'automatic_tax',
  'billing_address_collection',
  'branding_settings',
  'consent_collection',
  'custom_fields',
  'custom_text',
  'customer_update',
  'excluded_payment_method_types',
  'integration_identifier',
  'invoice_creation',
  'name_collection',
  'origin_context',
  'payment_method_collection',
  'payment_method_configuration',
  'payment_method_options',
  'phone_number_collection',
  'saved_payment_method_options',
  'shipping_address_collection',
  'tax_id_collection',
  'wallet_options',
];

/** Real Stripe parameters that change behaviour the emulator does not model: refused rather than silently ignored. */
export const UNMODELLED_SESSION_PARAMS = [
  'currency',
  'customer_account',
  'managed_payments',
  'optional_items',
  'payment_method_data',
  'permissions',
  'redirect_on_completion',
  'return_url',
  'setup_intent_data',
  'shipping_options',
  'subscription_data',
];

export const unmodelled = (param: string) =>
  new ApiError(400, `The Stripe emulator does not model \`${param}\`; remove it or extend tools/stripe-emulator.`, 'parameter_unknown', param);

/** Parses `line_items`: each needs a `quantity` and exactly one of an active `price` or inline `price_data`. */
export function parseLineItems(emu: Emulator, p: Params): LineItem[] {
  const items = p.objects('line_items');
  if (items.length === 0) throw missing('line_items');
  if (items.length > 100) throw invalid('A Checkout Session can have at most 100 line items.', 'line_items');
  const lineItems = items.map((item) => {
    item.only(['price', 'price_data', 'quantity', 'adjustable_quantity', 'dynamic_tax_rates', 'tax_rates', 'metadata']);
    for (const key of ['adjustable_quantity', 'dynamic_tax_rates', 'tax_rates']) if (item.has(key)) throw unmodelled(item.path(key));
    const quantity = item.int('quantity');
    if (quantity === undefined) throw missing(item.path('quantity'));
    if (quantity < 1 || quantity > 999_999) throw invalid(`Invalid integer: ${quantity}`, item.path('quantity'));
    const priceId = item.string('price');
    const priceData = item.object('price_data');
    if (priceId !== undefined && priceData) throw exclusive(item.path('price'), item.path('price_data'));
    let price;
    if (priceId !== undefined) {
      price = getPrice(emu, priceId, item.path('price'));
      if (!price.active) throw invalid('The price specified is inactive. This field only accepts active prices.', item.path('price'));
    } else if (priceData) {
      price = inlinePrice(emu, priceData);
    } else {
      throw missing(item.path('price'));
    }
    const product = getProduct(emu, price.product);
    const lineItem = buildLineItem(price, quantity, product.name);
    lineItem.metadata = item.metadata();
    return lineItem;
  });
  const currencies = new Set(lineItems.map((li) => li.currency));
  if (currencies.size > 1) throw invalid('All line items must use the same currency.', 'line_items');
  return lineItems;
}

/** `price_data` makes an inactive one-off price (and product, for `product_data`), as Stripe does. */
function inlinePrice(emu: Emulator, d: Params) {
  d.only(['currency', 'product', 'product_data', 'unit_amount', 'unit_amount_decimal', 'tax_behavior', 'recurring']);
  if (d.has('recurring')) throw invalid('You must be in subscription mode when using recurring prices.', d.path('recurring'));
  if (d.has('unit_amount_decimal')) throw unmodelled(d.path('unit_amount_decimal'));
  const currency = d.requiredString('currency').toLowerCase();
  const unitAmount = d.int('unit_amount');
  if (unitAmount === undefined) throw missing(d.path('unit_amount'));
  if (unitAmount < 0) throw invalid(`Invalid integer: ${unitAmount}`, d.path('unit_amount'));
  const productData = d.object('product_data');
  let productId = d.string('product');
  if (productId !== undefined && productData) throw exclusive(d.path('product'), d.path('product_data'));
  if (productData) {
    productData.only(['name', 'description', 'images', 'metadata', 'tax_code', 'tax_details', 'unit_label']);
    productId = createProductFrom(emu, productData.requiredString('name')).id;
  }
  if (productId === undefined) throw missing(d.path('product'));
  getProduct(emu, productId, d.path('product'));
  const price = buildPrice({ product: productId, currency, unitAmount, active: false });
  emu.state.prices.set(price.id, price);
  return price;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const isEmail = (value: string) => value.length <= 512 && EMAIL.test(value);

export function parseUrl(p: Params, key: string, required: boolean): string | null {
  const value = p.string(key);
  if (value === undefined) {
    if (required) throw missing(key);
    return null;
  }
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(value.replace('{CHECKOUT_SESSION_ID}', 'x')).protocol);
  } catch {
    ok = false;
  }
  if (!ok) throw invalid('Not a valid URL', key, 'url_invalid');
  return value;
}
