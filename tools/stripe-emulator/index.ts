export { startEmulator, type EmulatorOptions, type RunningEmulator } from './server';
export { DEFAULT_WEBHOOK_SECRET } from './context';
export { INVALID_CODE, PRIOR_TRANSACTIONS } from './discount-rules';
export type { EmulatorState } from './store';
