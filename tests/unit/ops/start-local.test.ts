import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run start:local', () => {
  const script = fs.readFileSync(path.join(process.cwd(), 'scripts/start-local.sh'), 'utf8');

  it('listens on 127.0.0.1 unless HOST says otherwise (it listened on every interface)', () => {
    expect(script).toMatch(/^HOST="\$\{HOST:-127\.0\.0\.1\}"$/m);
    expect(script).toMatch(/next start -H "\$\{HOST\}"/);
  });

  it('gives the app only the emulator’s address and test credentials, never PAYMENTS=emulator', () => {
    expect(script).toContain('STRIPE_API_BASE="http://127.0.0.1:${STRIPE_EMULATOR_PORT}"');
    expect(script).not.toContain('PAYMENTS=');
  });
});
