import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { purgeProxies } from '../http/purge';
import type { Refresh } from './refresh';

/**
 * Marks the pages and data a change affected as stale — the next request renders them anew — and
 * purges them from the caching proxies in front (CACHE_PURGE_URLS).
 */
export function applyRefresh(refresh: Refresh): void {
  for (const tag of refresh.tags) revalidateTag(tag, { expire: 0 });
  for (const path of refresh.paths) revalidatePath(path);
  for (const pattern of refresh.patterns) revalidatePath(pattern.path, pattern.type);
  purgeProxies(refresh);
}
