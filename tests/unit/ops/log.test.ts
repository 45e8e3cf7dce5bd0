import { describe, expect, it } from 'vitest';
import { formatLine } from '@/lib/log';

describe('the logger', () => {
  it('writes one JSON line with level, event, letter id and request id', () => {
    const line = formatLine('info', 'letter.created', { letterId: 'L1', requestId: 'r-1' }, new Date('2026-12-01T00:00:00Z'));
    expect(JSON.parse(line)).toEqual({ time: '2026-12-01T00:00:00.000Z', level: 'info', event: 'letter.created', letterId: 'L1', requestId: 'r-1' });
    expect(line).not.toContain('\n');
  });

  it('logs an error by its class and code only: a message can carry what the patient typed', () => {
    const error = Object.assign(new TypeError('Cannot parse "Jordan Sample, HIV positive, jordan@example.com"'), { code: 'E_PARSE' });
    const line = formatLine('error', 'webhook.failed', { error });
    expect(JSON.parse(line).error).toBe('TypeError:E_PARSE');
    expect(line).not.toMatch(/Jordan|HIV|example\.com/);
  });
});
