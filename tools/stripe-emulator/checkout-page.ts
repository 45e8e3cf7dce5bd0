import { formatMoney } from './discount-rules';
import type { PaymentMethodChoice } from './objects';
import type { SessionRecord } from './store';

/** The emulator's stand-in for Stripe's hosted Checkout page: plain HTML, labelled fields, no scripts or external assets. */
export type PageView = {
  record: SessionRecord;
  email: string;
  emailLocked: boolean;
  promotionCode: string;
  method: PaymentMethodChoice;
  errors: { form?: string; email?: string; promotionCode?: string; method?: string };
  /** The code was just applied: the summary already shows the total after it. */
  applied?: boolean;
};

export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLE = `
body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
.banner{background:#fff4ce;border:1px solid #8a6d00;padding:.5rem .75rem;border-radius:4px}
label,legend{display:block;font-weight:600;margin-top:1rem}
input[type=email],input[type=text]{width:100%;padding:.5rem;font-size:1rem;border:1px solid #555;border-radius:4px;box-sizing:border-box}
input[readonly]{background:#eee}
fieldset{border:1px solid #555;border-radius:4px;margin-top:1rem}
fieldset label{display:inline;font-weight:400;margin-left:.25rem}
.error{color:#a4001d;font-weight:600;margin:.25rem 0 0}
dl{display:grid;grid-template-columns:1fr auto;gap:.25rem 1rem}
dd{margin:0;text-align:right}
button{margin-top:1.5rem;padding:.75rem 1.5rem;font-size:1rem;background:#0a2540;color:#fff;border:0;border-radius:4px;cursor:pointer}
button.secondary{margin-top:.5rem;padding:.5rem 1rem;background:#fff;color:#0a2540;border:1px solid #0a2540}
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #635bff;outline-offset:2px}`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<p class="banner" role="note">Local Stripe emulator: test mode, no real payment is taken.</p>
${body}
</main></body></html>
`;
}

function summary(record: SessionRecord): string {
  const s = record.session;
  const items = record.lineItems
    .map((li) => `<li data-testid="checkout-line-item">${escapeHtml(li.description)} × ${li.quantity}: ${formatMoney(li.amount_subtotal, li.currency)}</li>`)
    .join('');
  const discount = s.total_details.amount_discount
    ? `<dt>Discount</dt><dd data-testid="checkout-discount">−${formatMoney(s.total_details.amount_discount, s.currency)}</dd>`
    : '';
  return `<section aria-labelledby="summary-heading">
<h2 id="summary-heading">Order summary</h2>
<ul>${items}</ul>
<dl><dt>Subtotal</dt><dd data-testid="checkout-subtotal">${formatMoney(s.amount_subtotal, s.currency)}</dd>${discount}<dt>Total due</dt><dd data-testid="checkout-total">${formatMoney(s.amount_total, s.currency)}</dd></dl>
</section>`;
}

function field(o: {
  id: string;
  name: string;
  label: string;
  type: string;
  value: string;
  error?: string;
  readonly?: boolean;
  autocomplete: string;
  required?: boolean;
}): string {
  const errorId = `${o.id}-error`;
  const attrs = [
    `id="${o.id}"`,
    `name="${o.name}"`,
    `type="${o.type}"`,
    `value="${escapeHtml(o.value)}"`,
    `autocomplete="${o.autocomplete}"`,
    `data-testid="checkout-${o.id}"`,
    o.required ? 'required' : '',
    o.readonly ? 'readonly' : '',
    o.error ? `aria-invalid="true" aria-describedby="${errorId}" autofocus` : '',
  ].filter(Boolean);
  const error = o.error ? `<p class="error" id="${errorId}" role="alert">${escapeHtml(o.error)}</p>` : '';
  return `<div><label for="${o.id}">${o.label}</label><input ${attrs.join(' ')}>${error}</div>`;
}

/** The form posts to its own page by a relative URL, so it works behind any STRIPE_EMULATOR_PUBLIC_URL prefix. */
export function renderCheckoutPage(v: PageView): string {
  const s = v.record.session;
  const promo =
    s.allow_promotion_codes === true
      ? `${field({ id: 'promotion-code', name: 'promotion_code', label: 'Promotion code', type: 'text', value: v.promotionCode, error: v.errors.promotionCode, autocomplete: 'off' })}
<button type="submit" name="intent" value="apply" class="secondary" data-testid="checkout-apply" formnovalidate>Apply</button>${v.applied ? `<p role="status" data-testid="checkout-applied">Code applied: you pay ${formatMoney(s.amount_total, s.currency)}.</p>` : ''}`
      : '';
  const radio = (value: PaymentMethodChoice, label: string) =>
    `<div><input type="radio" id="pm-${value}" name="payment_method" value="${value}" data-testid="checkout-pm-${value}"${v.method === value ? ' checked' : ''}><label for="pm-${value}">${label}</label></div>`;
  const methodError = v.errors.method ? `<p class="error" role="alert">${escapeHtml(v.errors.method)}</p>` : '';
  const cancel = s.cancel_url ? `<p><a href="${escapeHtml(s.cancel_url)}" data-testid="checkout-cancel">Cancel and return</a></p>` : '';
  return layout(
    'Checkout',
    `<h1>Checkout</h1>
${summary(v.record)}
<form method="post" action="${escapeHtml(s.id)}" novalidate>
${v.errors.form ? `<p class="error" role="alert" data-testid="checkout-error">${escapeHtml(v.errors.form)}</p>` : ''}
${field({ id: 'email', name: 'email', label: 'Email', type: 'email', value: v.email, error: v.errors.email, readonly: v.emailLocked, autocomplete: 'email', required: true })}
${promo}
<fieldset><legend>Payment method</legend>${radio('card', 'Card (pays now)')}${radio('bank_debit', 'Bank debit (pays later)')}${methodError}</fieldset>
<button type="submit" name="intent" value="pay" data-testid="checkout-pay">Pay ${formatMoney(s.amount_total, s.currency)}</button>
</form>
${cancel}`,
  );
}

export function renderClosedPage(record: SessionRecord): string {
  const s = record.session;
  const message =
    s.status === 'expired'
      ? 'This checkout session has expired. Nothing was charged.'
      : 'This checkout session is already complete. Nothing more will be charged.';
  const back = s.status === 'expired' && s.cancel_url ? `<p><a href="${escapeHtml(s.cancel_url)}">Return to the site</a></p>` : '';
  return layout('Checkout closed', `<h1>Checkout closed</h1>\n<p data-testid="checkout-closed">${message}</p>\n${back}`);
}

export function renderNotFoundPage(): string {
  return layout('Checkout not found', '<h1>Checkout not found</h1>\n<p>There is no checkout session at this address.</p>');
}
