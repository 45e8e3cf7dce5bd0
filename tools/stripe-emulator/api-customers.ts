import type { ApiRequest, Emulator } from './context';
import { mustGet } from './errors';
import { buildCustomer, list, type Customer } from './objects';
import { page } from './store';

export function createCustomer(emu: Emulator, req: ApiRequest): Customer {
  const p = req.params.only(['email', 'name', 'description', 'phone', 'metadata', 'expand']);
  const customer = buildCustomer({
    email: p.string('email') ?? null,
    name: p.string('name'),
    description: p.string('description'),
    phone: p.string('phone'),
    metadata: p.metadata(),
  });
  emu.state.customers.set(customer.id, customer);
  return customer;
}

export function getCustomer(emu: Emulator, id: string, param = 'id'): Customer {
  return mustGet(emu.state.customers, 'customer', id, param);
}

/** Stripe's `email` filter is exact and case-sensitive. */
export function listCustomers(emu: Emulator, req: ApiRequest) {
  const p = req.params.only(['email', 'limit', 'starting_after', 'ending_before', 'created', 'expand']);
  const email = p.string('email');
  const all = [...emu.state.customers.values()].filter((c) => email === undefined || c.email === email);
  const { data, hasMore } = page(all, p.int('limit'), p.string('starting_after'));
  return list('/v1/customers', data, hasMore);
}

/** Used by the hosted page when a session creates its Customer: reuse one with this exact email, else create it. */
export function findOrCreateCustomer(emu: Emulator, email: string): Customer {
  const existing = [...emu.state.customers.values()].reverse().find((c) => c.email === email);
  if (existing) return existing;
  const customer = buildCustomer({ email });
  emu.state.customers.set(customer.id, customer);
  return customer;
}
