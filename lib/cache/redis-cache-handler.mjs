// @ts-check
/**
 * Next's page and data cache in Redis, so that several `next start` instances share one cache and
 * one tag revalidation (docs/decisions/017). Written to Next's documented `cacheHandler`
 * interface (get / set / revalidateTag / resetRequestCache), the way Next's own Redis example
 * does it; loaded by next.config.ts only when REDIS_URL is set. Plain JavaScript: `next start`
 * imports it at run time, outside the bundle.
 *
 * - Entries are JSON (Buffers and Maps encoded) under `portal:<build id>:<key>`, so a new build
 *   never serves an old build's pages; they expire after 30 days unused.
 * - A revalidated tag is a timestamp in the hash `portal:<build id>:tags`; an entry older than one
 *   of its tags' timestamps is a miss, on every instance at once.
 * - Redis down or slow (250 ms): this instance keeps serving from a small local cache and its own
 *   tag timestamps, with one logged warning per minute — never an error to a reader.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from 'redis';

const TIMEOUT_MS = 250;
const ENTRY_TTL_S = 30 * 24 * 3600;
const LOCAL_ENTRIES = 500;
const TAGS_HEADER = 'x-next-cache-tags';

/** @type {ReturnType<typeof createClient> | null} */
let client = null;
let warnedAt = 0;
/** @type {Map<string, string>} entries this instance kept while Redis was away (insertion order = age) */
const localEntries = new Map();
/** @type {Map<string, number>} tag → time it was revalidated, as this instance knows it */
const localTags = new Map();

function warn(message) {
  if (Date.now() - warnedAt < 60_000) return;
  warnedAt = Date.now();
  console.warn(
    JSON.stringify({ level: 'warn', at: new Date().toISOString(), source: 'redis-cache-handler', message }),
  );
}

function redis() {
  if (!client) {
    client = createClient({
      url: process.env.REDIS_URL,
      // commands fail at once while disconnected instead of queueing: the local cache answers
      disableOfflineQueue: true,
      socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(200 * (retries + 1), 5000) },
    });
    client.on('error', (error) =>
      warn(`Redis unavailable, serving from this instance's cache: ${error.message}`),
    );
    client.connect().catch(() => {});
  }
  return client;
}

/** A Redis call with a deadline; undefined when Redis cannot answer now (null is Redis's own "absent"). */
async function attempt(call) {
  const c = redis();
  if (!c.isReady) return undefined;
  let timer;
  try {
    return await Promise.race([
      call(c),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
  } catch (error) {
    warn(
      `Redis unavailable, serving from this instance's cache: ${error instanceof Error ? error.message : error}`,
    );
    return null;
  } finally {
    clearTimeout(timer);
  }
}

// ───────────── JSON with Buffers and Maps (an app page's RSC data and segments) ─────────────

function encode(value) {
  if (Buffer.isBuffer(value) || value instanceof Uint8Array)
    return { $b: Buffer.from(value).toString('base64') };
  if (value instanceof Map) return { $m: [...value.entries()].map(([k, v]) => [k, encode(v)]) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    if (typeof value.$b === 'string' && Object.keys(value).length === 1)
      return Buffer.from(value.$b, 'base64');
    if (Array.isArray(value.$m) && Object.keys(value).length === 1)
      return new Map(value.$m.map(([k, v]) => [k, decode(v)]));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

function readBuildId(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir ?? '.next/server', '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'dev';
  }
}

// eslint-disable-next-line import/no-default-export -- Next loads the cache handler from the module's default export
export default class RedisCacheHandler {
  /** @param {{ serverDistDir?: string, revalidatedTags?: string[] }} ctx */
  constructor(ctx) {
    this.prefix = `portal:${readBuildId(ctx.serverDistDir)}:`;
    this.revalidatedTags = ctx.revalidatedTags ?? [];
  }

  /** Tags that make an entry stale: an app page's own, or a fetch's tags and soft tags. */
  tagsOf(entry, ctx) {
    const value = entry.value;
    if (value?.kind === 'FETCH') return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    const header = value?.headers?.[TAGS_HEADER];
    return typeof header === 'string' ? header.split(',') : [];
  }

  async get(key, ctx) {
    // this instance's own copy only while Redis cannot answer: an entry absent from Redis is a miss
    const shared = await attempt((c) => c.get(this.prefix + key));
    const stored = shared === undefined ? (localEntries.get(key) ?? null) : shared;
    if (!stored) return null;
    const entry = decode(JSON.parse(stored));
    const tags = this.tagsOf(entry, ctx);
    if (tags.length === 0) return entry;
    if (entry.value?.kind === 'FETCH' && tags.some((t) => this.revalidatedTags.includes(t))) return null;
    const revalidated = (await attempt((c) => c.hmGet(this.prefix + 'tags', tags))) ?? [];
    const now = Date.now();
    const expired = tags.some((tag, i) => {
      const at = Math.max(Number(revalidated[i] ?? 0), localTags.get(tag) ?? 0);
      return at > entry.lastModified && at <= now;
    });
    return expired ? null : entry;
  }

  async set(key, data, ctx) {
    if (data === null) {
      localEntries.delete(key);
      await attempt((c) => c.del(this.prefix + key));
      return;
    }
    const stored = JSON.stringify(
      encode({ value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl }),
    );
    localEntries.delete(key);
    localEntries.set(key, stored);
    if (localEntries.size > LOCAL_ENTRIES) localEntries.delete(localEntries.keys().next().value);
    await attempt((c) => c.set(this.prefix + key, stored, { EX: ENTRY_TTL_S }));
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (list.length === 0) return;
    const at = Date.now() + (durations?.expire ?? 0) * 1000;
    for (const tag of list) localTags.set(tag, at);
    await attempt((c) =>
      c.hSet(this.prefix + 'tags', Object.fromEntries(list.map((tag) => [tag, String(at)]))),
    );
  }

  resetRequestCache() {}
}
