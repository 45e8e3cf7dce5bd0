import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { emulatorAppEnv } from './tools/stripe-emulator/local';

const settings = process.env;
const port = Number(settings.E2E_PORT ?? 3100);
const emulatorPort = Number(settings.E2E_EMULATOR_PORT ?? 12112);
const baseURL = `http://127.0.0.1:${port}`;

/** The local Stripe emulator the tests pay through (fresh state each run). */
export const EMULATOR_URL = `http://127.0.0.1:${emulatorPort}`;

/** The app server's environment: the emulator as its Stripe API, and a SQLite file. */
export const e2eEnv = {
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: 'https://denialhelp.example',
  ...emulatorAppEnv(EMULATOR_URL),
  DATABASE_FILE: settings.E2E_DATABASE_FILE ?? path.join(os.tmpdir(), 'denialhelp-e2e.sqlite'),
  // Not the default (30), so a page that states the retention period shows it is read from the setting.
  LETTER_RETENTION_DAYS: '45',
};

export default defineConfig({
  testDir: 'tests/e2e',
  // Maps `server-only` to its empty module, as Next does for server code, so tests can import lib/.
  tsconfig: './tests/e2e/tsconfig.json',
  forbidOnly: !!settings.CI,
  retries: settings.CI ? 1 : 0,
  workers: 1,
  reporter: settings.CI ? 'line' : 'list',
  use: {
    baseURL,
    ...devices['Desktop Chrome'],
    launchOptions: {
      // Playwright cannot download browsers here: use Debian's Chromium.
      executablePath: settings.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: 'bash scripts/run-emulator.sh',
      url: `${EMULATOR_URL}/__emulator/state`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { STRIPE_EMULATOR_PORT: String(emulatorPort), STRIPE_WEBHOOK_URL: `${baseURL}/api/stripe/webhook` },
    },
    {
      command: `npx next start -H 127.0.0.1 -p ${port}`,
      url: baseURL,
      reuseExistingServer: !settings.CI,
      timeout: 60_000,
      env: e2eEnv,
    },
  ],
});
