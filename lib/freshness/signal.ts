import { nowAndAgain } from './again';

/**
 * The bridge between the app (bundled by Next) and the portal server's page cache
 * (./page-cache.ts, wired by scripts/serve.ts): the server registers its cache on a global symbol,
 * and an editorial change clears it through clearPageCaches() — this instance's at once, and the
 * other instances' through Redis (./instances.ts) when REDIS_URL is set. Under `next dev`, or any
 * server that registered nothing, the call does nothing.
 */

export type PageCacheControl = {
  /** empties this instance's page cache and tells the other instances to empty theirs */
  clear(): void;
};

const registry = Symbol.for('portal.page-cache');

type WithRegistry = typeof globalThis & { [registry]?: PageCacheControl };

export function registerPageCache(control: PageCacheControl | undefined): void {
  (globalThis as WithRegistry)[registry] = control;
}

/** Empties the page caches now and once more a second later (./again.ts). */
export function clearPageCaches(): void {
  const control = (globalThis as WithRegistry)[registry];
  if (control) nowAndAgain(() => control.clear());
}
