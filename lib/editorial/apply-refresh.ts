import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { clearPageCaches } from '../http/page-cache-signal';
import { purgeProxies } from '../http/purge';
import type { Refresh } from './refresh';

/**
 * Marks the pages and data a change affected as stale — the next request renders them anew —,
 * empties the portal servers' page caches (lib/server/page-cache.ts) and purges the pages from the
 * caching proxies in front (CACHE_PURGE_URLS).
 */
export function applyRefresh(refresh: Refresh): void {
  for (const tag of refresh.tags) revalidateTag(tag, { expire: 0 });
  for (const path of refresh.paths) revalidatePath(path);
  for (const pattern of refresh.patterns) revalidatePath(pattern.path, pattern.type);
  clearPageCaches();
  purgeProxies(refresh);
}
