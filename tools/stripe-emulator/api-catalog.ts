import type { ApiRequest, Emulator } from './context';
import { alreadyExists, invalid, missing, mustGet } from './errors';
import { buildPrice, buildProduct, list, type Price, type Product } from './objects';
import { page } from './store';

const CURRENCY = /^[a-z]{3}$/;

export function createProduct(emu: Emulator, req: ApiRequest): Product {
  const p = req.params.only(['id', 'name', 'description', 'active', 'metadata', 'expand']);
  const id = p.string('id');
  if (id !== undefined && emu.state.products.has(id)) throw alreadyExists('Product already exists.');
  const product = buildProduct({ id, name: p.requiredString('name'), description: p.string('description'), active: p.bool('active'), metadata: p.metadata() });
  emu.state.products.set(product.id, product);
  return product;
}

export function getProduct(emu: Emulator, id: string, param = 'id'): Product {
  return mustGet(emu.state.products, 'product', id, param);
}

export function listProducts(emu: Emulator, req: ApiRequest) {
  const p = req.params.only(['active', 'ids', 'limit', 'starting_after', 'ending_before', 'created', 'expand']);
  const active = p.bool('active');
  const ids = p.strings('ids');
  const all = [...emu.state.products.values()].filter((x) => (active === undefined || x.active === active) && (ids.length === 0 || ids.includes(x.id)));
  const { data, hasMore } = page(all, p.int('limit'), p.string('starting_after'));
  return list('/v1/products', data, hasMore);
}

/** Makes a price; a lookup key already in use moves only with `transfer_lookup_key=true`, as in Stripe. */
export function createPrice(emu: Emulator, req: ApiRequest): Price {
  const p = req.params.only([
    'product',
    'product_data',
    'unit_amount',
    'currency',
    'lookup_key',
    'transfer_lookup_key',
    'nickname',
    'active',
    'metadata',
    'expand',
  ]);
  const currency = p.requiredString('currency').toLowerCase();
  if (!CURRENCY.test(currency)) throw invalid(`Invalid currency: ${currency}`, 'currency');
  const unitAmount = p.int('unit_amount');
  if (unitAmount === undefined) throw missing('unit_amount');
  if (unitAmount < 0) throw invalid('Invalid integer: unit_amount must be at least 0', 'unit_amount');
  const productData = p.object('product_data');
  let productId = p.string('product');
  if (productId !== undefined && productData) throw invalid('You may only specify one of these parameters: product, product_data.', 'product');
  if (productData) {
    productData.only(['name', 'active', 'metadata', 'id']);
    productId = createProductFrom(emu, productData.requiredString('name'), productData.string('id')).id;
  }
  if (productId === undefined) throw missing('product');
  getProduct(emu, productId, 'product');
  const lookupKey = p.string('lookup_key') ?? null;
  if (lookupKey !== null) {
    const holder = [...emu.state.prices.values()].find((x) => x.lookup_key === lookupKey);
    if (holder && !p.bool('transfer_lookup_key')) throw invalid(`A price (\`${holder.id}\`) already uses that lookup key.`, 'lookup_key');
    if (holder) holder.lookup_key = null;
  }
  const price = buildPrice({
    product: productId,
    currency,
    unitAmount,
    lookupKey,
    nickname: p.string('nickname'),
    active: p.bool('active'),
    metadata: p.metadata(),
  });
  emu.state.prices.set(price.id, price);
  return price;
}

export function createProductFrom(emu: Emulator, name: string, id?: string): Product {
  if (id !== undefined && emu.state.products.has(id)) throw alreadyExists('Product already exists.');
  const product = buildProduct({ name, id });
  emu.state.products.set(product.id, product);
  return product;
}

export function getPrice(emu: Emulator, id: string, param = 'id'): Price {
  return mustGet(emu.state.prices, 'price', id, param);
}

export function listPrices(emu: Emulator, req: ApiRequest) {
  const p = req.params.only(['active', 'currency', 'lookup_keys', 'product', 'type', 'limit', 'starting_after', 'ending_before', 'created', 'expand']);
  const active = p.bool('active');
  const currency = p.string('currency');
  const product = p.string('product');
  const lookupKeys = p.strings('lookup_keys');
  const all = [...emu.state.prices.values()].filter(
    (x) =>
      (active === undefined || x.active === active) &&
      (currency === undefined || x.currency === currency) &&
      (product === undefined || x.product === product) &&
      (lookupKeys.length === 0 || (x.lookup_key !== null && lookupKeys.includes(x.lookup_key))),
  );
  const { data, hasMore } = page(all, p.int('limit'), p.string('starting_after'));
  return list('/v1/prices', data, hasMore);
}
