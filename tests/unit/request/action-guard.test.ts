import { describe, expect, it } from 'vitest';
import { isBrowser, limitFor, originRefused } from '@/lib/action-guard';

const h = (o: Record<string, string>) => new Headers(o);

describe('server-action posts', () => {
  it('refuses a wrong, empty or "null" Origin (Next answered these with a 500)', () => {
    expect(originRefused(h({ host: 'denialhelp.example', origin: 'https://evil.example' }))).toBe(true);
    expect(originRefused(h({ host: 'denialhelp.example', origin: '' }))).toBe(true);
    expect(originRefused(h({ host: 'denialhelp.example', origin: 'null' }))).toBe(true);
    expect(originRefused(h({ host: 'denialhelp.example:443', origin: 'https://denialhelp.example.evil.example' }))).toBe(true);
  });

  it('lets its own origin through, behind a proxy too, and leaves a missing Origin to Next', () => {
    expect(originRefused(h({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }))).toBe(false);
    expect(originRefused(h({ host: 'internal:3000', 'x-forwarded-host': 'denialhelp.example', origin: 'https://denialhelp.example' }))).toBe(false);
    expect(originRefused(h({ host: 'denialhelp.example' }))).toBe(false);
  });

  it('tells browsers (page or React payload) from other clients, and knows which limit a post spends', () => {
    expect(isBrowser(h({ accept: 'text/html,application/xhtml+xml' }))).toBe(true);
    expect(isBrowser(h({ accept: 'text/x-component' }))).toBe(true);
    expect(isBrowser(h({ accept: '*/*' }))).toBe(false);
    expect(isBrowser(h({}))).toBe(false);
    expect(limitFor('/appeal')).toBe('letters');
    expect(limitFor('/appeal/abc123')).toBe('checkouts');
    expect(limitFor('/appeal/abc123/edit')).toBeNull();
  });
});
