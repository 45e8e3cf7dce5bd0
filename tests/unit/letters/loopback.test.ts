import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '@/lib/request';

describe('isLoopbackHost (decides plain-http origins and non-Secure letter cookies)', () => {
  it.each(['localhost', 'localhost:3000', '127.0.0.1', '127.0.0.1:3100', '[::1]:8080'])('%s is loopback', (host) => expect(isLoopbackHost(host)).toBe(true));
  it.each(['denialhelp.example', '127.0.0.1.evil.example', 'localhost.example:3000', '10.0.0.1', ''])('%s is not', (host) =>
    expect(isLoopbackHost(host)).toBe(false),
  );
});
