import { DEFAULT_WEBHOOK_SECRET } from './context';

/** What a local run and the tests give the app to use the emulator: any test key, its signing secret, its URL. */
export const EMULATOR_SECRET_KEY = 'sk_test_emulator_local_only';

export const emulatorAppEnv = (emulatorUrl: string) => ({
  STRIPE_SECRET_KEY: EMULATOR_SECRET_KEY,
  STRIPE_WEBHOOK_SECRET: DEFAULT_WEBHOOK_SECRET,
  STRIPE_API_BASE: emulatorUrl,
});
