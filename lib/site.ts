import { env } from '@/lib/env-core';

/** Public facts about the site. SITE_URL sets the canonical origin; the default serves local runs. */
export const SITE_NAME = 'DenialHelp';
export const SITE_URL = env().SITE_URL;

export const absoluteUrl = (path: string) => `${SITE_URL}${path}`;
