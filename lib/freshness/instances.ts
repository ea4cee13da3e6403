import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { log } from '../log/logger';
import { packCopy, unpackCopy, type PageCache, type SharedCopies } from './page-cache';
import { registerPageCache } from './signal';

/**
 * The instances of a cluster, as their page caches see each other (docs/decisions/019, 021): an
 * editorial change on one empties every instance's page cache through a Redis channel, and the
 * last good copy of each page (stale if error) is shared through Redis, so the instance a reader
 * reaches may answer with a copy another one rendered. Without REDIS_URL an instance is alone:
 * its own cache is emptied, the others' expire by their pages' own `s-maxage`.
 */

const CHANNEL = 'portal:page-cache:clear';
/** where the instances share the last good copy of each page */
const COPIES = 'portal:page-copy:';
const COPY_TTL_MS = 24 * 60 * 60 * 1000;
/** a reader is never kept waiting longer than this for a stand-in */
const COPY_WAIT_MS = 150;

/** A purge's list of paths from the channel; undefined (clear everything) when it is not one. */
function parsePaths(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

const warn = (message: string) => log.warn({ event: 'page-cache' }, message);

/**
 * Registers `cache` as the one a change empties (./signal.ts) and, with a Redis URL, joins the
 * other instances. Returns the shared last good copies, if any.
 */
export function joinInstances(cache: PageCache, redisUrl: string | undefined): SharedCopies | undefined {
  if (!redisUrl) {
    registerPageCache({ clear: (paths) => (paths ? cache.purge(paths) : cache.clear()) });
    return undefined;
  }
  const instance = randomUUID();
  const publisher = createClient({
    url: redisUrl,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(200 * (retries + 1), 5000) },
  });
  const subscriber = publisher.duplicate();
  let warnedAt = 0;
  const onError = (error: Error) => {
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    warn(
      `Redis unavailable: other instances' page caches are cleared by their pages' own expiry (${error.message})`,
    );
  };
  publisher.on('error', onError);
  subscriber.on('error', onError);
  // after a reconnection, a clear sent meanwhile may have been missed: start empty
  subscriber.on('ready', () => cache.clear());
  publisher.connect().catch(() => {});
  subscriber
    .connect()
    .then(() =>
      subscriber.subscribe(CHANNEL, (message) => {
        // "<instance>" clears everything; "<instance> <JSON list of paths>" those pages
        const space = message.indexOf(' ');
        const from = space < 0 ? message : message.slice(0, space);
        if (from === instance) return;
        const paths = space < 0 ? undefined : parsePaths(message.slice(space + 1));
        if (paths) cache.purge(paths);
        else cache.clear();
      }),
    )
    .catch(() => {});
  registerPageCache({
    clear(paths) {
      if (paths) cache.purge(paths);
      else cache.clear();
      const message = paths ? `${instance} ${JSON.stringify(paths)}` : instance;
      if (publisher.isReady) publisher.publish(CHANNEL, message).catch(onError);
    },
  });
  return {
    get: (key) =>
      publisher.isReady
        ? Promise.race([
            publisher.get(COPIES + key).then((text) => (text ? unpackCopy(text) : undefined)),
            new Promise<undefined>((resolve) => setTimeout(resolve, COPY_WAIT_MS)),
          ]).catch(() => undefined)
        : Promise.resolve(undefined),
    put: (key, entry) => {
      if (publisher.isReady) publisher.set(COPIES + key, packCopy(entry), { PX: COPY_TTL_MS }).catch(onError);
    },
  };
}
