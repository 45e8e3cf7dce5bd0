// The Next.js cache handler (next.config.ts `cacheHandler`): ISR pages, route handlers and OG images.
// Next loads this file itself at run time, outside the app's bundles, so it stays plain JavaScript and holds
// no settings of its own. When the server found a shared store at start (PostgreSQL, registered on globalThis
// by lib/cache/shared-store.ts), entries are read from and written to it, so every server serves what any
// one of them rendered. Otherwise, and for the build's own prerendered pages, Next's filesystem cache serves.
import fsCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = fsCache.default ?? fsCache;
const SHARED = Symbol.for('denialhelp.shared-cache');

/** Entries hold Buffers (rscData, bodies) and Maps (segmentData), which JSON alone cannot carry. */
export function encode(value) {
  return JSON.stringify(value, function (key, v) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return { __buffer: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') };
    if (raw instanceof Map) return { __map: [...raw.entries()] };
    return v;
  });
}

export function decode(text) {
  return JSON.parse(text, (_key, v) => {
    if (v && typeof v === 'object' && typeof v.__buffer === 'string') return Buffer.from(v.__buffer, 'base64');
    if (v && typeof v === 'object' && Array.isArray(v.__map)) return new Map(v.__map);
    return v;
  });
}

function tagsOf(data, ctx) {
  const header = data?.headers?.['x-next-cache-tags'];
  const fromHeader = typeof header === 'string' ? header.split(',') : [];
  return [...new Set([...fromHeader, ...(ctx?.tags ?? [])].filter(Boolean))];
}

export default class SharedCacheHandler {
  constructor(options) {
    this.local = new FileSystemCache(options);
  }

  get shared() {
    return globalThis[SHARED];
  }

  async get(key, ctx) {
    const shared = this.shared;
    if (shared) {
      const row = await shared.get(key);
      if (row) return { lastModified: row.lastModified, value: decode(row.value) };
    }
    return this.local.get(key, ctx);
  }

  async set(key, data, ctx) {
    const shared = this.shared;
    if (!shared) return this.local.set(key, data, ctx);
    if (data === null) return shared.delete(key);
    await shared.set(key, encode(data), tagsOf(data, ctx), Date.now());
  }

  async revalidateTag(tags, durations) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (this.shared) await this.shared.revalidate(list);
    return this.local.revalidateTag(tags, durations);
  }

  resetRequestCache() {
    this.local.resetRequestCache?.();
  }
}
