import { env } from '@/lib/env-core';

/** Prices are decided here, on the server, never by the browser (BRIEF.md "Pricing"). */
export const LETTER_PRICE_CENTS = env().LETTER_PRICE_CENTS;
export const FIRST_LETTER_PROMO = { code: 'SEO25', amountOffCents: 1000 } as const;

export const formatUsd = (cents: number) => `$${(cents / 100).toFixed(cents % 100 === 0 ? 0 : 2)}`;

export const PRICE_LINE = `${formatUsd(LETTER_PRICE_CENTS)} per letter, or ${formatUsd(LETTER_PRICE_CENTS - FIRST_LETTER_PROMO.amountOffCents)} on your first letter with code ${FIRST_LETTER_PROMO.code}.`;
