import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { nextTargets, type Change } from './change';
import { purgeProxies } from './proxies';
import { clearPageCaches } from './signal';

/**
 * Makes a change visible: marks its pages and data stale in Next (the next request renders them
 * anew), empties the portal servers' page caches (./page-cache.ts, every instance) and purges its
 * URLs from the caching proxies in front (CACHE_PURGE_URLS). Called by lib/editorial/mutations.ts
 * after each write, inside the server action or route handler.
 */
export function applyChange(change: Change): void {
  const { tags, paths, patterns } = nextTargets(change);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  for (const path of paths) revalidatePath(path);
  for (const pattern of patterns) revalidatePath(pattern.path, pattern.type);
  clearPageCaches();
  purgeProxies(change);
}
