import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 12112);
const baseURL = `http://127.0.0.1:${port}`;

/** What the app server and the tests share: the emulator (fresh state each run) and a SQLite file. */
export const e2eEnv = {
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: 'https://denialhelp.example',
  PAYMENTS: 'emulator',
  STRIPE_EMULATOR_PORT: String(emulatorPort),
  STRIPE_EMULATOR_URL: `http://127.0.0.1:${emulatorPort}`,
  STRIPE_WEBHOOK_URL: `${baseURL}/api/stripe/webhook`,
  DATABASE_FILE: process.env.E2E_DATABASE_FILE ?? path.join(os.tmpdir(), 'denialhelp-e2e.sqlite'),
};

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL,
    ...devices['Desktop Chrome'],
    launchOptions: {
      // Playwright cannot download browsers here: use Debian's Chromium.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: 'bash scripts/run-emulator.sh',
      url: `http://127.0.0.1:${emulatorPort}/__emulator/state`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: e2eEnv,
    },
    {
      command: `npx next start -H 127.0.0.1 -p ${port}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: e2eEnv,
    },
  ],
});
