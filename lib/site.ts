/** Public facts about the site. SITE_URL sets the canonical origin; the default serves local runs. */
export const SITE_NAME = 'DenialHelp';
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

export const absoluteUrl = (path: string) => `${SITE_URL}${path}`;
