import { nowAndAgain } from './again';

/**
 * The bridge between the app (bundled by Next) and the portal server's page cache
 * (./page-cache.ts, wired by scripts/serve.ts): the server registers its cache on a global symbol,
 * and an editorial change clears it through clearPageCaches() — this instance's at once, and the
 * other instances' through Redis (./instances.ts) when REDIS_URL is set. Under `next dev`, or any
 * server that registered nothing, the call does nothing.
 */

export type PageCacheControl = {
  /**
   * marks these pages (URLs) stale — every page when none are named — in this instance's page
   * cache, and tells the other instances to do the same
   */
  clear(paths?: string[]): void;
};

const registry = Symbol.for('portal.page-cache');

type WithRegistry = typeof globalThis & { [registry]?: PageCacheControl };

export function registerPageCache(control: PageCacheControl | undefined): void {
  (globalThis as WithRegistry)[registry] = control;
}

/**
 * Marks `paths` stale in the page caches (every page when `paths` is undefined), now and once more
 * a second later (./again.ts).
 */
export function clearPageCaches(paths?: string[]): void {
  const control = (globalThis as WithRegistry)[registry];
  if (control) nowAndAgain(() => control.clear(paths));
}
