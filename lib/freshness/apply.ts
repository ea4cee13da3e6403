import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { nextTargets, proxyPaths, searchPages, type Change } from './change';
import { purgeProxies } from './proxies';
import { clearPageCaches } from './signal';

/**
 * Makes a change visible: marks its pages and data stale in Next (the next request renders them
 * anew), marks the same URLs stale in the portal servers' page caches (./page-cache.ts, every
 * instance) and purges them from the caching proxies in front (CACHE_PURGE_URLS). Called by lib/editorial/mutations.ts
 * after each write, inside the server action or route handler.
 */
export function applyChange(change: Change): void {
  const { tags, paths, patterns } = nextTargets(change);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  for (const path of paths) revalidatePath(path);
  for (const pattern of patterns) revalidatePath(pattern.path, pattern.type);
  // the same pages the proxies purge, and search results (any query); every page when the change
  // is everywhere (a glossary change)
  clearPageCaches(change.everywhere ? undefined : [...proxyPaths(change), ...searchPages(change)]);
  purgeProxies(change);
}
