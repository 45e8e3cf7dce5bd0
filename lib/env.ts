import 'server-only';

export * from './env-core';
